package news.cms.plugins.tika;

/**
 * The one EXIF tag a public copy keeps: the orientation (tag 0x0112), which tells a viewer to turn a
 * portrait photo stored sideways. Read from an EXIF block (a TIFF structure) and written back as a
 * block holding nothing else, so the camera, its serial number, the time and the place stay behind.
 */
final class ExifOrientation {

    /** As the camera held it: no turn needed. */
    static final int NORMAL = 1;
    private static final int TAG = 0x0112;
    private static final int SHORT = 3;

    private ExifOrientation() {
    }

    /**
     * The orientation in the TIFF structure at {@code bytes[from, to)}, or {@link #NORMAL} when it has
     * none, a value out of range, or is broken: a broken EXIF block costs the turn, never the upload.
     */
    static int read(byte[] bytes, int from, int to) {
        if (to - from < 8) {
            return NORMAL;
        }
        boolean bigEndian;
        if (bytes[from] == 'M' && bytes[from + 1] == 'M') {
            bigEndian = true;
        } else if (bytes[from] == 'I' && bytes[from + 1] == 'I') {
            bigEndian = false;
        } else {
            return NORMAL;
        }
        if (u16(bytes, from + 2, bigEndian) != 42) {
            return NORMAL;
        }
        long ifd = from + u32(bytes, from + 4, bigEndian);
        if (ifd < from + 8 || ifd + 2 > to) {
            return NORMAL;
        }
        int entries = u16(bytes, (int) ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > to) {
                return NORMAL;
            }
            if (u16(bytes, entry, bigEndian) == TAG) {
                int value = u16(bytes, entry + 8, bigEndian);
                boolean wellFormed = u16(bytes, entry + 2, bigEndian) == SHORT && u32(bytes, entry + 4, bigEndian) == 1;
                return wellFormed && value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** A TIFF structure with one entry, the orientation: big-endian, IFD0 at byte 8, no next IFD. */
    static byte[] tiffWith(int orientation) {
        return new byte[]{
                'M', 'M', 0, 42, 0, 0, 0, 8,
                0, 1,
                (byte) (TAG >> 8), (byte) TAG, 0, SHORT, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0};
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return bigEndian ? (first << 8) | second : (second << 8) | first;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long high = u16(b, bigEndian ? at : at + 2, bigEndian);
        long low = u16(b, bigEndian ? at + 2 : at, bigEndian);
        return (high << 16) | low;
    }
}
