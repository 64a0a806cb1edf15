package news.cms.pictures.inspect;

import news.cms.pictures.PictureFormat;

import java.nio.charset.StandardCharsets;

import static news.cms.pictures.inspect.Bytes.u16le;
import static news.cms.pictures.inspect.Bytes.u8;

/**
 * A GIF's blocks, walked to the trailer: the screen's and every frame's size (each checked as it
 * is met), the frame count, transparency (a graphic control extension's flag) and XMP. A byte
 * where a block should start that starts none is a damaged file, which is how random bytes behind
 * a "GIF89a" are told apart from a picture.
 */
final class GifHeader {

    private static final byte[] XMP_APPLICATION = "XMP DataXMP".getBytes(StandardCharsets.ISO_8859_1);

    private GifHeader() {
    }

    static Header read(byte[] b, long maxPixels) {
        Parts parts = new Parts(PictureFormat.GIF, maxPixels);
        int screenWidth = u16le(b, 6);
        int screenHeight = u16le(b, 8);
        int flags = u8(b, 10);
        int i = 13;
        if ((flags & 0x80) != 0) {
            i += 3 << ((flags & 7) + 1);
        }
        if (screenWidth > 0 && screenHeight > 0) {
            parts.declare(screenWidth, screenHeight, "screen");
        }
        int frames = 0;
        int firstWidth = 0;
        int firstHeight = 0;
        while (true) {
            if (i >= b.length) {
                if (frames == 0) {
                    throw Bytes.cutShort("frames");
                }
                break;   // no trailer after whole frames: browsers show it, and so do we
            }
            int block = b[i] & 0xFF;
            if (block == 0x3B) {
                break;
            } else if (block == 0x21) {
                int label = u8(b, i + 1);
                int first = i + 2;
                if (label == 0xF9 && u8(b, first) >= 4 && (u8(b, first + 1) & 1) != 0) {
                    parts.transparency = true;
                }
                int end = skipSubBlocks(b, first);
                if (label == 0xFF && u8(b, first) == 11 && Bytes.startsWith(b, first + 1, XMP_APPLICATION)) {
                    parts.xmp.add(new String(b, first + 12, end - first - 12, StandardCharsets.UTF_8));
                }
                i = end;
            } else if (block == 0x2C) {
                int width = u16le(b, i + 5);
                int height = u16le(b, i + 7);
                int frameFlags = u8(b, i + 9);
                parts.declare(width, height, "frame");
                if (frames == 0) {
                    firstWidth = width;
                    firstHeight = height;
                }
                i += 10;
                if ((frameFlags & 0x80) != 0) {
                    i += 3 << ((frameFlags & 7) + 1);
                }
                int codeSize = u8(b, i);
                if (codeSize < 1 || codeSize > 11) {
                    throw Bytes.damaged("a GIF frame declares an LZW code size of " + codeSize);
                }
                i = skipSubBlocks(b, i + 1);
                frames++;
            } else {
                throw Bytes.damaged("the GIF has a byte where a block should start that starts none");
            }
        }
        if (frames == 0) {
            throw Bytes.damaged("the GIF has no frame");
        }
        parts.frames = frames;
        parts.width = screenWidth > 0 && screenHeight > 0 ? screenWidth : firstWidth;
        parts.height = screenWidth > 0 && screenHeight > 0 ? screenHeight : firstHeight;
        return parts.header();
    }

    /** The offset just after a chain of sub-blocks and its zero terminator. */
    static int skipSubBlocks(byte[] b, int from) {
        int i = from;
        while (true) {
            int n = u8(b, i);
            if (n == 0) {
                return i + 1;
            }
            Bytes.need(b, i + 1, n, "GIF data");
            i += 1 + n;
        }
    }
}
