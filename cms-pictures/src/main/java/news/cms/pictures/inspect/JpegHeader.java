package news.cms.pictures.inspect;

import news.cms.pictures.PictureFormat;

import java.nio.charset.StandardCharsets;

import static news.cms.pictures.inspect.Bytes.u16be;
import static news.cms.pictures.inspect.Bytes.u8;

/**
 * A JPEG's segments, walked by their lengths: the frame header's size (checked before anything
 * else is read), EXIF, XMP, IPTC and ICC blocks, and proof that the image data ends (EOI) rather
 * than being cut short. Segments between scans of a progressive JPEG are walked too, so metadata
 * hidden there is seen.
 */
final class JpegHeader {

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP_EXTENSION = "http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PHOTOSHOP = "Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

    private JpegHeader() {
    }

    static Header read(byte[] b, long maxPixels) {
        Parts parts = new Parts(PictureFormat.JPEG, maxPixels);
        boolean frame = false;
        int i = 2;
        while (true) {
            if (i >= b.length) {
                throw Bytes.cutShort("header");
            }
            if ((b[i] & 0xFF) != 0xFF) {
                throw Bytes.damaged("a JPEG segment does not start where the one before it ends");
            }
            while (i < b.length && (b[i] & 0xFF) == 0xFF) {
                i++;
            }
            int marker = u8(b, i);
            i++;
            if (marker == 0xD9) {
                throw Bytes.damaged("the JPEG ends before its image data");
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            int length = u16be(b, i);
            if (length < 2) {
                throw Bytes.damaged("a JPEG segment has a length of " + length);
            }
            Bytes.need(b, i, length, "JPEG segment");
            int payload = i + 2;
            int end = i + length;
            if (isFrame(marker)) {
                int height = u16be(b, payload + 1);
                int width = u16be(b, payload + 3);
                if (height == 0) {
                    throw Bytes.damaged("the JPEG leaves its height to after the image data (DNL), which we do not read");
                }
                parts.declare(width, height, "frame header");
                parts.width = width;
                parts.height = height;
                frame = true;
            } else if (marker == 0xDA) {
                if (!frame) {
                    throw Bytes.damaged("the JPEG's image data comes before its frame header");
                }
                scanToEnd(b, end, parts);
                return parts.header();
            } else {
                segment(b, marker, payload, end, parts);
            }
            i = end;
        }
    }

    /** Follows the entropy-coded data and any segments between scans until EOI; none means cut short. */
    private static void scanToEnd(byte[] b, int from, Parts parts) {
        int i = from;
        while (i + 1 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                i++;
                continue;
            }
            int next = b[i + 1] & 0xFF;
            if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7) || next == 0x01) {
                i += next == 0xFF ? 1 : 2;
                continue;
            }
            if (next == 0xD9) {
                return;
            }
            int length = u16be(b, i + 2);
            if (length < 2) {
                throw Bytes.damaged("a JPEG segment between scans has a length of " + length);
            }
            Bytes.need(b, i + 2, length, "JPEG segment");
            if (isFrame(next)) {
                throw Bytes.damaged("the JPEG has a second frame header");
            }
            segment(b, next, i + 4, i + 2 + length, parts);
            i += 2 + length;
        }
        throw Bytes.cutShort("image data (it has no end marker)");
    }

    private static void segment(byte[] b, int marker, int payload, int end, Parts parts) {
        if (marker == 0xE1 && Bytes.startsWith(b, payload, EXIF)) {
            if (parts.exif == null) {
                parts.exif = Bytes.slice(b, payload + EXIF.length, end);
            }
        } else if (marker == 0xE1 && Bytes.startsWith(b, payload, XMP)) {
            parts.xmp.add(new String(b, payload + XMP.length, end - payload - XMP.length, StandardCharsets.UTF_8));
        } else if (marker == 0xE1 && Bytes.startsWith(b, payload, XMP_EXTENSION)) {
            // extended XMP: a 32-byte digest and two lengths, then a piece of the packet
            int data = payload + XMP_EXTENSION.length + 40;
            if (data < end) {
                parts.xmp.add(new String(b, data, end - data, StandardCharsets.UTF_8));
            }
        } else if (marker == 0xED && Bytes.startsWith(b, payload, PHOTOSHOP)) {
            byte[] iptc = PhotoshopResources.iptc(b, payload + PHOTOSHOP.length, end);
            if (iptc != null && parts.iptc == null) {
                parts.iptc = iptc;
            }
        } else if (marker == 0xE2 && Bytes.startsWith(b, payload, ICC)) {
            // chunks are numbered; writers put them in order, and a profile out of order is only used to convert colours
            int data = payload + ICC.length + 2;
            if (data <= end) {
                parts.iccChunks.write(b, data, end - data);
            }
        }
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
