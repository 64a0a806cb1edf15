package news.cms.plugins.tika;

import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JPEG and PNG rewriters: metadata out, pixels untouched, broken files refused. */
class MetadataCleanersTest {

    @Test
    void aJpegLosesItsExifCommentAndTrailerButKeepsItsPixels() throws IOException {
        byte[] plain = jpeg();
        byte[] exif = segment(0xE1, "Exif\0\0GPS 51.5 N, serial 42".getBytes(StandardCharsets.ISO_8859_1));
        byte[] comment = segment(0xFE, "shot by Jane".getBytes(StandardCharsets.ISO_8859_1));
        byte[] tagged = concat(Arrays.copyOf(plain, 2), exif, comment, Arrays.copyOfRange(plain, 2, plain.length),
                "PK appended archive".getBytes(StandardCharsets.ISO_8859_1));

        byte[] cleaned = JpegCleaner.clean(tagged);

        String text = new String(cleaned, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Exif") || text.contains("Jane") || text.contains("PK appended"), text);
        assertArrayEquals(plain, cleaned, "what is left is the JPEG as written, byte for byte");
    }

    @Test
    void aPngLosesItsTextChunksButKeepsItsImage() throws IOException {
        byte[] tagged = pngWithText("Author", "Jane Source");
        assertTrue(new String(tagged, StandardCharsets.ISO_8859_1).contains("Jane Source"));

        byte[] cleaned = PngCleaner.clean(tagged);

        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("Jane Source"));
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(tagged));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertEquals(before.getRGB(3, 4), after.getRGB(3, 4));
    }

    @Test
    void brokenImagesAreRefused() throws IOException {
        byte[] jpeg = jpeg();
        assertThrows(MalformedFileException.class, () -> JpegCleaner.clean(Arrays.copyOf(jpeg, 10)));
        assertThrows(MalformedFileException.class, () -> JpegCleaner.clean("not a jpeg".getBytes(StandardCharsets.UTF_8)));
        byte[] png = pngWithText("k", "v");
        assertThrows(MalformedFileException.class, () -> PngCleaner.clean(Arrays.copyOf(png, png.length - 20)));
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static byte[] pngWithText(String key, String value) throws IOException {
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x336699);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", key);
        entry.setAttribute("value", value);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(text);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[]{(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
