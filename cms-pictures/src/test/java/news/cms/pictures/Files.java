package news.cms.pictures;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reading the engine's output back the way a reader's browser would, and looking inside it. */
final class Files {

    private Files() {
    }

    static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            return reader.read(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width and height from the file's header, as a browser reads them before decoding. */
    static List<Integer> size(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return List.of(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int frames(byte[] gif) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            return reader.getNumImages(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.ISO_8859_1)) >= 0;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The markers of a JPEG's segments before its first scan, e.g. 0xE0 for APP0. */
    static List<Integer> jpegMarkers(byte[] b) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= b.length) {
            int marker = b[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + ((b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF));
        }
        return markers;
    }

    /** The SOF's component count: 3 for YCbCr, 1 for grey, 4 for CMYK. */
    static int jpegComponents(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length) {
            int marker = b[i + 1] & 0xFF;
            if (marker >= 0xC0 && marker <= 0xC2) {
                return b[i + 9] & 0xFF;
            }
            i += 2 + ((b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF));
        }
        throw new AssertionError("no frame header");
    }

    /** The four-letter names of a PNG's chunks or a WebP's RIFF chunks. */
    static List<String> chunks(byte[] b, boolean webp) {
        List<String> names = new ArrayList<>();
        int i = webp ? 12 : 8;
        while (i + 8 <= b.length) {
            long length = webp
                    ? (b[i + 4] & 0xFFL) | (b[i + 5] & 0xFFL) << 8 | (b[i + 6] & 0xFFL) << 16 | (b[i + 7] & 0xFFL) << 24
                    : (b[i] & 0xFFL) << 24 | (b[i + 1] & 0xFFL) << 16 | (b[i + 2] & 0xFFL) << 8 | (b[i + 3] & 0xFFL);
            names.add(new String(b, i + (webp ? 0 : 4), 4, StandardCharsets.ISO_8859_1));
            i += webp ? 8 + (int) length + (int) (length & 1) : 12 + (int) length;
        }
        return names;
    }
}
