package news.cms.plugins.tika;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rewrites a JPEG keeping only what decoding needs, by a list of what to keep: the frame header
 * (SOF), the quantisation, Huffman and arithmetic-coding tables, the restart interval, the scans
 * with their compressed data (copied as it is: the pixels do not change, nothing is re-encoded) and
 * the end. Of the application segments only three survive, each rewritten from the few values
 * decoding or display need so that no free text rides along: JFIF (version and pixel density, the
 * thumbnail dropped), Adobe's colour transform (CMYK and YCCK files decode wrongly without it) and
 * EXIF reduced to its orientation ({@link ExifOrientation}). A colour profile is kept only when it
 * is sRGB, and then as the JDK's canonical sRGB profile ({@link ColourProfiles}); any other
 * withholds the copy. Everything else goes, whatever it is called: EXIF's other tags, XMP, IPTC,
 * C2PA and JUMBF (APP11), maker notes, comments, segments between scans, anything after the end.
 */
final class JpegCleaner {

    private static final int MARKER = 0xFF;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.ISO_8859_1);
    /** An APP2 segment holds at most this much of a profile: 65535 less the length, the name and the chunk numbers. */
    private static final int ICC_CHUNK = 65_519;

    private JpegCleaner() {
    }

    /** The JPEG with only what decoding needs; throws {@link MalformedFileException} when it is not a readable JPEG. */
    static PublicCopy clean(byte[] jpeg) {
        if (jpeg.length < 4 || u(jpeg, 0) != MARKER || u(jpeg, 1) != SOI) {
            throw new MalformedFileException("the JPEG does not start as a JPEG does");
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream(jpeg.length);
        ByteArrayOutputStream profile = new ByteArrayOutputStream();
        int orientation = ExifOrientation.NORMAL;
        byte[] jfif = null;
        int at = 2;
        while (true) {
            if (at + 1 >= jpeg.length || u(jpeg, at) != MARKER) {
                throw new MalformedFileException("the JPEG's segments are broken at byte " + at);
            }
            int marker = u(jpeg, at + 1);
            if (marker == MARKER) { // fill byte before a marker
                at++;
                continue;
            }
            if (marker == EOI) {
                kept.write(jpeg, at, 2);
                break;
            }
            if (hasNoLength(marker)) {
                kept.write(jpeg, at, 2);
                at += 2;
                continue;
            }
            if (at + 3 >= jpeg.length) {
                throw new MalformedFileException("the JPEG ends inside a segment header");
            }
            int length = (u(jpeg, at + 2) << 8) | u(jpeg, at + 3);
            int body = at + 4;
            int end = at + 2 + length;
            if (length < 2 || end > jpeg.length) {
                throw new MalformedFileException("a JPEG segment runs past the end of the file");
            }
            if (marker == SOS) {
                int scanEnd = endOfScan(jpeg, end);
                kept.write(jpeg, at, scanEnd - at);
                if (scanEnd >= jpeg.length) { // a truncated file without its end marker
                    break;
                }
                at = scanEnd;
                continue;
            }
            if (marker == APP0 && startsWith(jpeg, body, end, JFIF) && end - body >= 14 && jfif == null) {
                jfif = Arrays.copyOfRange(jpeg, body + 5, body + 12); // version, units, densities
            } else if (marker == APP1 && startsWith(jpeg, body, end, EXIF)) {
                orientation = ExifOrientation.read(jpeg, body + EXIF.length, end);
            } else if (marker == APP2 && startsWith(jpeg, body, end, ICC) && end - body > ICC.length + 2) {
                profile.write(jpeg, body + ICC.length + 2, end - body - ICC.length - 2); // chunks come in order
            } else if (marker == APP14 && startsWith(jpeg, body, end, ADOBE) && end - body >= 12) {
                kept.write(adobe(jpeg[body + 11]), 0, 16);
            } else if (neededToDecode(marker)) {
                kept.write(jpeg, at, end - at);
            }
            at = end;
        }
        if (profile.size() > 0 && !ColourProfiles.isSrgb(profile.toByteArray())) {
            return PublicCopy.withheld("its colour profile is not sRGB, and without it the colours would change: "
                    + "convert the picture to sRGB and upload it again to publish it");
        }
        byte[] rest = kept.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(rest.length + 4096);
        out.write(MARKER);
        out.write(SOI);
        if (jfif != null) {
            byte[] app0 = new byte[]{'J', 'F', 'I', 'F', 0, jfif[0], jfif[1], jfif[2], jfif[3], jfif[4], jfif[5], jfif[6], 0, 0};
            writeSegment(out, APP0, app0);
        }
        if (orientation != ExifOrientation.NORMAL) {
            byte[] tiff = ExifOrientation.tiffWith(orientation);
            byte[] app1 = new byte[EXIF.length + tiff.length];
            System.arraycopy(EXIF, 0, app1, 0, EXIF.length);
            System.arraycopy(tiff, 0, app1, EXIF.length, tiff.length);
            writeSegment(out, APP1, app1);
        }
        if (profile.size() > 0) {
            writeProfile(out, ColourProfiles.canonicalSrgb());
        }
        out.write(rest, 0, rest.length);
        return PublicCopy.of(out.toByteArray());
    }

    /** Where a scan's compressed data ends: at the first marker that is neither a stuffed byte nor a restart. */
    private static int endOfScan(byte[] jpeg, int from) {
        for (int i = from; i + 1 < jpeg.length; i++) {
            if (u(jpeg, i) == MARKER) {
                int next = u(jpeg, i + 1);
                if (next != 0 && next != MARKER && !(next >= 0xD0 && next <= 0xD7)) {
                    return i;
                }
            }
        }
        return jpeg.length;
    }

    /** Frame headers, tables, restart interval, line count: the segments a decoder reads. */
    private static boolean neededToDecode(int marker) {
        boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        return frame
                || marker == 0xC4  // DHT: Huffman tables
                || marker == 0xCC  // DAC: arithmetic coding conditioning
                || marker == 0xDB  // DQT: quantisation tables
                || marker == 0xDD  // DRI: restart interval
                || marker == 0xDC; // DNL: number of lines
    }

    /** Adobe's segment from its one meaningful value, the colour transform. */
    private static byte[] adobe(byte transform) {
        return new byte[]{(byte) MARKER, (byte) APP14, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, transform};
    }

    private static void writeProfile(ByteArrayOutputStream out, byte[] profile) {
        int chunks = (profile.length + ICC_CHUNK - 1) / ICC_CHUNK;
        for (int i = 0; i < chunks; i++) {
            int from = i * ICC_CHUNK;
            int size = Math.min(ICC_CHUNK, profile.length - from);
            byte[] body = new byte[ICC.length + 2 + size];
            System.arraycopy(ICC, 0, body, 0, ICC.length);
            body[ICC.length] = (byte) (i + 1);
            body[ICC.length + 1] = (byte) chunks;
            System.arraycopy(profile, from, body, ICC.length + 2, size);
            writeSegment(out, APP2, body);
        }
    }

    private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] body) {
        int length = body.length + 2;
        out.write(MARKER);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(body, 0, body.length);
    }

    private static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
        return to - from >= prefix.length && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
    }

    /** TEM and the restart markers stand alone, without a length. */
    private static boolean hasNoLength(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
    }

    private static int u(byte[] bytes, int at) {
        return bytes[at] & 0xFF;
    }
}
