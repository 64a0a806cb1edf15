package news.cms.pictures.render;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPWriteParam;
import news.cms.pictures.PictureFormat;

import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes bitmaps as files with no metadata of any kind: the writers are given no metadata object,
 * so a JPEG gets only its JFIF header (version and pixel density), a PNG only its image chunks, a
 * WebP only its VP8/VP8L/ALPH data. Qualities are WordPress's (JPEG 82) and libwebp's usual 80;
 * libwebp's method 1 (of 0–6) keeps its encoding within the time an upload may take, and on the
 * test photo gave the best fidelity of methods 0–4 at that quality (docs/decisions/0017).
 */
final class Encoders {

    static final float JPEG_QUALITY = 0.82f;
    static final float WEBP_QUALITY = 0.80f;
    static final int WEBP_METHOD = 1;

    private Encoders() {
    }

    static byte[] encode(Bitmap bitmap, PictureFormat format) {
        BufferedImage image = bitmap.toImage();
        return switch (format) {
            case JPEG -> jpeg(image);
            case PNG -> write(Readers.pngWriter(), image, null);
            case WEBP -> webp(image);
            case GIF -> throw new IllegalArgumentException("Stills are never written as GIF");
        };
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = Readers.jpegWriter();
        JPEGImageWriteParam param = (JPEGImageWriteParam) writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setOptimizeHuffmanTables(true);
        return write(writer, image, param);
    }

    private static byte[] webp(BufferedImage image) {
        try {
            ImageWriter writer = Readers.webpWriterSpi().createWriterInstance();
            WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(CompressionType.Lossy);
            param.setCompressionQuality(WEBP_QUALITY);
            param.setMethod(WEBP_METHOD);
            return write(writer, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a rendition failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
