package news.cms.pictures.gif;

/**
 * Where a GIF frame's LZW data ends: the codes are followed, keeping only the count of table
 * entries (which is all that decides the width of the next code), up to the end-of-data code.
 * Bytes after it are no part of the picture and may carry anything.
 */
final class LzwEnd {

    private static final int MAX_CODES = 4096;

    private LzwEnd() {
    }

    /** The bytes the codes take up to and including end-of-data; all of them when there is none or the codes make no sense. */
    static int bytesUsed(int minimumCodeSize, byte[] data) {
        if (minimumCodeSize < 1 || minimumCodeSize > 11) {
            return data.length;
        }
        int clear = 1 << minimumCodeSize;
        int end = clear + 1;
        int codeSize = minimumCodeSize + 1;
        int next = end + 1;
        boolean previous = false;
        long bit = 0;
        long bits = (long) data.length * 8;
        while (bit + codeSize <= bits) {
            int code = read(data, bit, codeSize);
            bit += codeSize;
            if (code == clear) {
                codeSize = minimumCodeSize + 1;
                next = end + 1;
                previous = false;
                continue;
            }
            if (code == end) {
                return (int) ((bit + 7) / 8);
            }
            if (code > next) {
                return data.length;
            }
            if (previous && next < MAX_CODES) {
                next++;
                if (next == 1 << codeSize && codeSize < 12) {
                    codeSize++;
                }
            }
            previous = true;
        }
        return data.length;
    }

    private static int read(byte[] data, long bit, int size) {
        int value = 0;
        for (int k = 0; k < size; k++) {
            long at = bit + k;
            if ((data[(int) (at >> 3)] >> (at & 7) & 1) != 0) {
                value |= 1 << k;
            }
        }
        return value;
    }
}
