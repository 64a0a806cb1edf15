package news.cms.pictures.gif;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public copy of an animation: the same frames, the same timing and looping, none of the text. */
class GifCleanerTest {

    @Test
    void commentsAndApplicationDataGoWhileEveryFrameStaysPixelForPixel() throws IOException {
        byte[] original = fixture();
        byte[] annotated = withCommentAndXmp(original);

        byte[] cleaned = GifCleaner.clean(annotated);

        assertTrue(contains(annotated, "Jane Source") && contains(annotated, "XMP DataXMP"));
        assertFalse(contains(cleaned, "Jane Source"), "the comment survived");
        assertFalse(contains(cleaned, "XMP DataXMP"), "the XMP survived");
        assertTrue(contains(cleaned, "NETSCAPE2.0"), "the loop count was lost");
        List<int[]> before = frames(original);
        List<int[]> after = frames(cleaned);
        assertEquals(before.size(), after.size());
        assertTrue(before.size() > 1);
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), "frame " + i);
        }
    }

    @Test
    void bytesHiddenAfterAFramesEndOfDataCodeAreDropped() throws IOException {
        byte[] original = GifCleaner.clean(fixture());
        // the first frame's data ends in a sub-block whose last bytes follow the end-of-data code:
        // splice a sub-block of text in before its terminator, where a decoder never looks
        int terminator = firstFrameTerminator(original);
        ByteArrayOutputStream hidden = new ByteArrayOutputStream();
        hidden.write(original, 0, terminator);
        byte[] text = "hidden by Jane Source".getBytes(StandardCharsets.ISO_8859_1);
        hidden.write(text.length);
        hidden.writeBytes(text);
        hidden.write(original, terminator, original.length - terminator);

        byte[] cleaned = GifCleaner.clean(hidden.toByteArray());

        assertFalse(contains(cleaned, "Jane Source"));
        assertEquals(frames(original).size(), frames(cleaned).size());
        assertArrayEquals(frames(original).get(0), frames(cleaned).get(0));
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = GifCleanerTest.class.getResourceAsStream("/pictures/animated.gif")) {
            return in.readAllBytes();
        }
    }

    /** The fixture with a comment naming a source and an XMP application block, after its colour table. */
    private static byte[] withCommentAndXmp(byte[] gif) {
        int flags = gif[10] & 0xFF;
        int at = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gif, 0, at);
        byte[] comment = "Shot by Jane Source".getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(new byte[]{0x21, (byte) 0xFE, (byte) comment.length});
        out.writeBytes(comment);
        out.write(0);
        byte[] xmp = "<x:xmpmeta><dc:creator>Jane Source</dc:creator></x:xmpmeta>".getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(new byte[]{0x21, (byte) 0xFF, 11});
        out.writeBytes("XMP DataXMP".getBytes(StandardCharsets.ISO_8859_1));
        out.write(xmp.length);
        out.writeBytes(xmp);
        out.write(0);
        out.write(gif, at, gif.length - at);
        return out.toByteArray();
    }

    /** The offset of the zero sub-block that ends the first frame's image data. */
    private static int firstFrameTerminator(byte[] gif) {
        int flags = gif[10] & 0xFF;
        int i = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0);
        while ((gif[i] & 0xFF) == 0x21) {
            i += 2;
            while (gif[i] != 0) {
                i += 1 + (gif[i] & 0xFF);
            }
            i++;
        }
        int frameFlags = gif[i + 9] & 0xFF;
        i += 10 + ((frameFlags & 0x80) != 0 ? 3 << ((frameFlags & 7) + 1) : 0) + 1;
        while (gif[i] != 0) {
            i += 1 + (gif[i] & 0xFF);
        }
        return i;
    }

    private static List<int[]> frames(byte[] gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            List<int[]> frames = new ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) {
                BufferedImage frame = reader.read(i);
                frames.add(frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth()));
            }
            return frames;
        }
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
