package news.cms.pictures.gif;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The public copy of an animated GIF: its frames exactly as they are (no decoding, so no quality
 * lost and no memory held for the frames), with nothing else. Kept: the header, the screen
 * descriptor and colour tables, each frame's descriptor and LZW data (cut at its end-of-data code,
 * so bytes hidden after it go too), and the two extensions an animation needs, rebuilt from their
 * values: the graphic control (delay, disposal, transparent colour) and the loop count. Dropped:
 * comments, plain-text extensions, XMP, ICC and every other application extension.
 *
 * <p>Only called on a GIF whose structure {@code GifHeader} has already walked to its end.
 */
public final class GifCleaner {

    private static final byte[] NETSCAPE = "NETSCAPE2.0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ANIMEXTS = "ANIMEXTS1.0".getBytes(StandardCharsets.ISO_8859_1);

    private GifCleaner() {
    }

    public static byte[] clean(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int flags = b[10] & 0xFF;
        int i = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0);
        out.write(b, 0, i);
        while (i < b.length && (b[i] & 0xFF) != 0x3B) {
            int block = b[i] & 0xFF;
            if (block == 0x21) {
                int label = b[i + 1] & 0xFF;
                int first = i + 2;
                int end = skipSubBlocks(b, first);
                if (label == 0xF9 && (b[first] & 0xFF) >= 4) {
                    out.write(new byte[]{0x21, (byte) 0xF9, 4, b[first + 1], b[first + 2], b[first + 3], b[first + 4], 0}, 0, 8);
                } else if (label == 0xFF && (b[first] & 0xFF) == 11 && isLoop(b, first + 1) && (b[first + 12] & 0xFF) >= 3
                        && b[first + 13] == 1) {
                    out.write(new byte[]{0x21, (byte) 0xFF, 11}, 0, 3);
                    out.write(NETSCAPE, 0, NETSCAPE.length);
                    out.write(new byte[]{3, 1, b[first + 14], b[first + 15], 0}, 0, 5);
                }
                i = end;
            } else {
                int frameFlags = b[i + 9] & 0xFF;
                int data = i + 10 + ((frameFlags & 0x80) != 0 ? 3 << ((frameFlags & 7) + 1) : 0);
                out.write(b, i, data + 1 - i);   // descriptor, local colour table, LZW code size
                int end = skipSubBlocks(b, data + 1);
                writeImageData(b[data] & 0xFF, joined(b, data + 1, end), out);
                i = end;
            }
        }
        out.write(0x3B);
        return out.toByteArray();
    }

    private static boolean isLoop(byte[] b, int at) {
        return Arrays.equals(b, at, at + 11, NETSCAPE, 0, 11) || Arrays.equals(b, at, at + 11, ANIMEXTS, 0, 11);
    }

    /** The LZW data up to its end-of-data code, in sub-blocks of 255 bytes, and the terminator. */
    private static void writeImageData(int minimumCodeSize, byte[] data, ByteArrayOutputStream out) {
        int length = Math.min(data.length, LzwEnd.bytesUsed(minimumCodeSize, data));
        for (int at = 0; at < length; at += 255) {
            int n = Math.min(255, length - at);
            out.write(n);
            out.write(data, at, n);
        }
        out.write(0);
    }

    private static byte[] joined(byte[] b, int from, int end) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int i = from;
        while (i < end - 1) {
            int n = b[i] & 0xFF;
            data.write(b, i + 1, n);
            i += 1 + n;
        }
        return data.toByteArray();
    }

    private static int skipSubBlocks(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != 0) {
            i += 1 + (b[i] & 0xFF);
        }
        return Math.min(b.length, i + 1);
    }
}
