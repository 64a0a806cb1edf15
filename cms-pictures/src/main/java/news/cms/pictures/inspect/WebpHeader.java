package news.cms.pictures.inspect;

import news.cms.pictures.PictureFormat;

import java.nio.charset.StandardCharsets;

import static news.cms.pictures.inspect.Bytes.u16le;
import static news.cms.pictures.inspect.Bytes.u24le;
import static news.cms.pictures.inspect.Bytes.u32le;
import static news.cms.pictures.inspect.Bytes.u8;

/**
 * A WebP's RIFF chunks: the size from VP8X, VP8L or VP8 (checked before anything else is read),
 * alpha, animation (ANMF frames), EXIF, XMP and the ICC profile. The RIFF length must fit the file.
 */
final class WebpHeader {

    private WebpHeader() {
    }

    static Header read(byte[] b, long maxPixels) {
        Parts parts = new Parts(PictureFormat.WEBP, maxPixels);
        long riff = u32le(b, 4);
        if (riff + 8 > b.length) {
            throw Bytes.cutShort("RIFF container");
        }
        if (riff < 12) {
            throw Bytes.damaged("the WebP container is empty");
        }
        int end = (int) (riff + 8);
        int i = 12;
        boolean sized = false;
        boolean image = false;
        int frames = 0;
        while (i + 8 <= end) {
            String type = new String(b, i, 4, StandardCharsets.ISO_8859_1);
            long length = u32le(b, i + 4);
            int from = i + 8;
            if (length > end - from) {
                throw Bytes.cutShort("WebP chunk");
            }
            int to = from + (int) length;
            switch (type) {
                case "VP8X" -> {
                    int flags = u8(b, from);
                    int width = u24le(b, from + 4) + 1;
                    int height = u24le(b, from + 7) + 1;
                    parts.declare(width, height, "canvas");
                    parts.width = width;
                    parts.height = height;
                    parts.transparency = (flags & 0x10) != 0;
                    sized = true;
                }
                case "VP8L" -> {
                    if (u8(b, from) != 0x2F) {
                        throw Bytes.damaged("the WebP's lossless image has no signature");
                    }
                    long bits = u32le(b, from + 1);
                    size(parts, sized, (int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
                    parts.transparency |= !sized && ((bits >> 28) & 1) != 0;
                    image = true;
                }
                case "VP8 " -> {
                    if (u8(b, from + 3) != 0x9D || u8(b, from + 4) != 0x01 || u8(b, from + 5) != 0x2A) {
                        throw Bytes.damaged("the WebP's lossy image has no start code");
                    }
                    size(parts, sized, u16le(b, from + 6) & 0x3FFF, u16le(b, from + 8) & 0x3FFF);
                    image = true;
                }
                case "ANMF" -> {
                    frames++;
                    image = true;
                }
                case "ALPH" -> parts.transparency = true;
                case "ICCP" -> parts.icc = Bytes.slice(b, from, to);
                case "EXIF" -> {
                    if (parts.exif == null) {
                        boolean prefixed = Bytes.startsWith(b, from, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
                        parts.exif = Bytes.slice(b, prefixed ? from + 6 : from, to);
                    }
                }
                case "XMP " -> parts.xmp.add(new String(b, from, to - from, StandardCharsets.UTF_8));
                default -> {
                    // other chunks (ANIM, unknown ones) tell nothing we need
                }
            }
            i = to + (int) (length & 1);
        }
        if (!image) {
            throw Bytes.damaged("the WebP has no image data");
        }
        parts.frames = Math.max(1, frames);
        return parts.header();
    }

    private static void size(Parts parts, boolean canvasKnown, int width, int height) {
        if (!canvasKnown) {
            parts.declare(width, height, "image header");
            parts.width = width;
            parts.height = height;
        }
    }
}
