package news.cms.plugins.tika;

import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JPEG and PNG rewriters: only what is on their lists survives (whatever a segment or chunk is
 * called), the orientation is kept, colour profiles only as sRGB, pixels untouched, broken files refused.
 */
class MetadataCleanersTest {

    @Test
    void aJpegLosesItsExifCommentAndTrailerButKeepsItsPixels() throws IOException {
        byte[] plain = jpeg();
        byte[] exif = segment(0xE1, "Exif\0\0GPS 51.5 N, serial 42".getBytes(StandardCharsets.ISO_8859_1));
        byte[] comment = segment(0xFE, "shot by Jane".getBytes(StandardCharsets.ISO_8859_1));
        byte[] tagged = concat(Arrays.copyOf(plain, 2), exif, comment, Arrays.copyOfRange(plain, 2, plain.length),
                "PK appended archive".getBytes(StandardCharsets.ISO_8859_1));

        byte[] cleaned = JpegCleaner.clean(tagged).bytes();

        String text = new String(cleaned, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Exif") || text.contains("Jane") || text.contains("PK appended"), text);
        assertArrayEquals(plain, cleaned, "what is left is the JPEG as written, byte for byte");
    }

    @Test
    void aPngLosesItsTextChunksButKeepsItsImage() throws IOException {
        byte[] tagged = pngWithText("Author", "Jane Source");
        assertTrue(new String(tagged, StandardCharsets.ISO_8859_1).contains("Jane Source"));

        byte[] cleaned = PngCleaner.clean(tagged).bytes();

        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("Jane Source"));
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(tagged));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertEquals(before.getRGB(3, 4), after.getRGB(3, 4));
    }

    @Test
    void contentCredentialsAndAnythingElseNotNeededToDecodeAreDropped() throws IOException {
        byte[] plain = jpeg();
        byte[] jumbf = segment(0xEB, "JP\0\1jumb c2pa.assertions stds.schema-org.CreativeWork author Jane Lens"
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] app4 = segment(0xE4, "private maker data: owner Jane Lens".getBytes(StandardCharsets.ISO_8859_1));
        byte[] xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<dc:creator>Jane Lens</dc:creator>"
                .getBytes(StandardCharsets.ISO_8859_1));
        int eoi = plain.length - 2;
        // a comment hidden after the scan, before the end: decoders skip it, a copy by scans would keep it
        byte[] tagged = concat(Arrays.copyOf(plain, 2), jumbf, app4, xmp, Arrays.copyOfRange(plain, 2, eoi),
                segment(0xFE, "Jane Lens".getBytes(StandardCharsets.ISO_8859_1)), Arrays.copyOfRange(plain, eoi, plain.length));

        byte[] cleaned = JpegCleaner.clean(tagged).bytes();

        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("Jane"));
        assertArrayEquals(plain, cleaned);
    }

    @Test
    void aPortraitPhotoKeepsItsOrientationAndNothingElseOfItsExif() throws IOException {
        byte[] plain = jpeg();
        byte[] tiff = tiff(6, "Canon EOS serial 0123456789");
        byte[] exif = segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff));
        byte[] tagged = concat(Arrays.copyOf(plain, 2), exif, Arrays.copyOfRange(plain, 2, plain.length));

        byte[] cleaned = JpegCleaner.clean(tagged).bytes();

        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("0123456789"));
        int app1 = indexOf(cleaned, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(app1 > 0, "an EXIF block is left for the orientation");
        assertEquals(6, ExifOrientation.read(cleaned, app1 + 6, cleaned.length));
        assertEquals(16, ImageIO.read(new ByteArrayInputStream(cleaned)).getWidth(), "still a readable JPEG");
    }

    @Test
    void anSrgbProfileIsKeptAsTheCanonicalOneAndAnyOtherWithholdsTheCopy() throws IOException {
        byte[] plain = jpeg();
        byte[] named = concat(ColourProfiles.canonicalSrgb(), "Profile made by Jane Lens".getBytes(StandardCharsets.ISO_8859_1));
        byte[] withSrgb = concat(Arrays.copyOf(plain, 2), iccSegment(named), Arrays.copyOfRange(plain, 2, plain.length));

        PublicCopy srgb = JpegCleaner.clean(withSrgb);

        assertFalse(new String(srgb.bytes(), StandardCharsets.ISO_8859_1).contains("Jane"));
        assertTrue(indexOf(srgb.bytes(), ColourProfiles.canonicalSrgb()) > 0, "the canonical sRGB profile is there");
        for (int space : new int[]{ColorSpace.CS_LINEAR_RGB, ColorSpace.CS_GRAY}) {
            byte[] other = ICC_Profile.getInstance(space).getData();
            PublicCopy copy = JpegCleaner.clean(concat(Arrays.copyOf(plain, 2), iccSegment(other),
                    Arrays.copyOfRange(plain, 2, plain.length)));
            assertNull(copy.bytes());
            assertTrue(copy.withheld().contains("not sRGB"), copy.withheld());
        }
    }

    @Test
    void aPngKeepsOnlyItsListedChunks() throws IOException {
        byte[] plain = pngWithText("Author", "Jane Source");
        int iend = plain.length - 12;
        byte[] tagged = concat(Arrays.copyOf(plain, 33),
                chunk("caBX", "jumb c2pa.claim author Jane Source".getBytes(StandardCharsets.ISO_8859_1)),
                chunk("prIv", "Jane Source".getBytes(StandardCharsets.ISO_8859_1)),
                Arrays.copyOfRange(plain, 33, iend), chunk("eXIf", tiff(8, "Jane Source")),
                Arrays.copyOfRange(plain, iend, plain.length));

        byte[] cleaned = PngCleaner.clean(tagged).bytes();

        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("Jane"));
        List<String> chunks = chunkTypes(cleaned);
        assertEquals("eXIf", chunks.get(chunks.indexOf("IDAT") - 1), "the orientation comes before the image data: " + chunks);
        int exif = indexOf(cleaned, "eXIf".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(8, ExifOrientation.read(cleaned, exif + 4, cleaned.length));
        assertEquals(ImageIO.read(new ByteArrayInputStream(plain)).getRGB(3, 4),
                ImageIO.read(new ByteArrayInputStream(cleaned)).getRGB(3, 4));
    }

    @Test
    void aPngProfileBecomesTheSrgbChunkOrWithholdsTheCopy() throws IOException {
        byte[] plain = pngWithText("k", "v");
        byte[] withSrgb = concat(Arrays.copyOf(plain, 33), iccp("Jane's sRGB", ColourProfiles.canonicalSrgb()),
                Arrays.copyOfRange(plain, 33, plain.length));
        byte[] cleaned = PngCleaner.clean(withSrgb).bytes();
        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("Jane"));
        assertTrue(chunkTypes(cleaned).contains("sRGB"), chunkTypes(cleaned).toString());

        byte[] withLinear = concat(Arrays.copyOf(plain, 33),
                iccp("linear", ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData()),
                Arrays.copyOfRange(plain, 33, plain.length));
        assertNull(PngCleaner.clean(withLinear).bytes());
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

    /** A TIFF structure (big-endian) with the orientation and a make naming the camera. */
    private static byte[] tiff(int orientation, String make) {
        byte[] text = (make + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int textAt = 8 + 2 + 2 * 12 + 4;
        byte[] head = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 2,
                0x01, 0x0F, 0, 2, 0, 0, 0, (byte) text.length, 0, 0, 0, (byte) textAt,
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0};
        return concat(head, text);
    }

    private static byte[] iccSegment(byte[] profile) {
        return segment(0xE2, concat("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[]{1, 1}, profile));
    }

    private static byte[] iccp(String name, byte[] profile) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater())) {
            out.write(profile);
        }
        return chunk("iCCP", concat(name.getBytes(StandardCharsets.ISO_8859_1), new byte[]{0, 0}, deflated.toByteArray()));
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        int n = data.length;
        long c = crc.getValue();
        return concat(new byte[]{(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n}, typeBytes, data,
                new byte[]{(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
    }

    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        for (int at = 8; at + 8 <= png.length; ) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8) | (png[at + 3] & 0xFF);
            types.add(new String(png, at + 4, 4, StandardCharsets.ISO_8859_1));
            at += 12 + length;
        }
        return types;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
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
