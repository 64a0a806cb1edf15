package news.cms.plugins.tika;

import java.io.ByteArrayOutputStream;

/**
 * Rewrites a JPEG without the segments that describe where, when, with what and by whom it was
 * made: APP1 (EXIF with GPS and serial numbers, XMP), APP13 (IPTC: by-line, location) and COM.
 * Works segment by segment, so the compressed image data is copied as it is: the pixels do not
 * change and nothing is re-encoded. What follows the image's end (a second image with its own
 * EXIF, an appended archive) is left out. JFIF (APP0), the colour profile (APP2) and Adobe's
 * colour transform (APP14) stay: without them colours would change.
 */
final class JpegCleaner {

    private static final int MARKER = 0xFF;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;
    private static final int APP13 = 0xED;
    private static final int COM = 0xFE;

    private JpegCleaner() {
    }

    /** The JPEG without its revealing segments; throws {@link MalformedFileException} when it is not a readable JPEG. */
    static byte[] clean(byte[] jpeg) {
        if (jpeg.length < 4 || u(jpeg, 0) != MARKER || u(jpeg, 1) != SOI) {
            throw new MalformedFileException("the JPEG does not start as a JPEG does");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
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
                out.write(jpeg, at, 2);
                return out.toByteArray();
            }
            if (hasNoLength(marker)) {
                out.write(jpeg, at, 2);
                at += 2;
                continue;
            }
            if (at + 3 >= jpeg.length) {
                throw new MalformedFileException("the JPEG ends inside a segment header");
            }
            int length = (u(jpeg, at + 2) << 8) | u(jpeg, at + 3);
            int end = at + 2 + length;
            if (length < 2 || end > jpeg.length) {
                throw new MalformedFileException("a JPEG segment runs past the end of the file");
            }
            if (marker == SOS) {
                int imageEnd = endOfScans(jpeg, end);
                out.write(jpeg, at, imageEnd - at);
                return out.toByteArray();
            }
            if (!revealing(marker)) {
                out.write(jpeg, at, end - at);
            }
            at = end;
        }
    }

    /** Where the image ends: just after its EOI, or the file's end when a truncated file has none. */
    private static int endOfScans(byte[] jpeg, int from) {
        for (int i = from; i + 1 < jpeg.length; i++) {
            if (u(jpeg, i) == MARKER && u(jpeg, i + 1) == EOI) {
                return i + 2;
            }
        }
        return jpeg.length;
    }

    private static boolean revealing(int marker) {
        return marker == APP1 || marker == APP13 || marker == COM;
    }

    /** TEM and the restart markers stand alone, without a length. */
    private static boolean hasNoLength(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
    }

    private static int u(byte[] bytes, int at) {
        return bytes[at] & 0xFF;
    }
}
