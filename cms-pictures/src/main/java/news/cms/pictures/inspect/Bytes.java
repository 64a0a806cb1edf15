package news.cms.pictures.inspect;

import news.cms.pictures.PictureRefusedException;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static news.cms.pictures.PictureRefusedException.Reason.DAMAGED;

/**
 * Reading numbers out of an upload with every offset checked: a header that points past the end
 * of the file is a damaged picture, never an {@code ArrayIndexOutOfBoundsException}.
 */
final class Bytes {

    private Bytes() {
    }

    static void need(byte[] b, long offset, long length, String what) {
        if (offset < 0 || length < 0 || offset + length > b.length) {
            throw cutShort(what);
        }
    }

    static PictureRefusedException cutShort(String what) {
        return new PictureRefusedException(DAMAGED, "The file is cut short or damaged: its " + what
                + " runs past the end of the file. Upload the whole picture again.");
    }

    static PictureRefusedException damaged(String why) {
        return new PictureRefusedException(DAMAGED, "The file is damaged: " + why + ". Save it again from the original and upload that.");
    }

    static int u8(byte[] b, int off) {
        need(b, off, 1, "header");
        return b[off] & 0xFF;
    }

    static int u16be(byte[] b, int off) {
        need(b, off, 2, "header");
        return (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF);
    }

    static int u16le(byte[] b, int off) {
        need(b, off, 2, "header");
        return (b[off + 1] & 0xFF) << 8 | (b[off] & 0xFF);
    }

    static int u24le(byte[] b, int off) {
        need(b, off, 3, "header");
        return (b[off + 2] & 0xFF) << 16 | (b[off + 1] & 0xFF) << 8 | (b[off] & 0xFF);
    }

    static long u32be(byte[] b, int off) {
        need(b, off, 4, "header");
        return (long) (b[off] & 0xFF) << 24 | (b[off + 1] & 0xFF) << 16 | (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF);
    }

    static long u32le(byte[] b, int off) {
        need(b, off, 4, "header");
        return (long) (b[off + 3] & 0xFF) << 24 | (b[off + 2] & 0xFF) << 16 | (b[off + 1] & 0xFF) << 8 | (b[off] & 0xFF);
    }

    static boolean startsWith(byte[] b, int off, byte[] prefix) {
        if (off < 0 || off + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] slice(byte[] b, int from, int to) {
        need(b, from, to - from, "metadata");
        byte[] out = new byte[to - from];
        System.arraycopy(b, from, out, 0, out.length);
        return out;
    }

    /**
     * Inflates zlib data (a PNG text or colour profile chunk) up to {@code limit} bytes; null when
     * it is broken or larger, since such a chunk is metadata we can do without, never a reason to
     * hold megabytes: a small chunk can inflate to gigabytes.
     */
    static byte[] inflate(byte[] b, int from, int to, int limit) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(b, from, to - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
