package news.cms.pictures.inspect;

import news.cms.pictures.PictureRefusedException;

import java.nio.charset.StandardCharsets;

import static news.cms.pictures.PictureRefusedException.Reason.NOT_A_PICTURE;

/**
 * Reads what an upload is from its first bytes and its headers, never from its name or declared
 * type, and without decoding a pixel. Sizes are checked against the pixel limit the moment a
 * header declares them, so a decompression bomb is refused after a few dozen bytes.
 */
public final class Headers {

    private Headers() {
    }

    public static Header read(byte[] b, long maxPixels) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JpegHeader.read(b, maxPixels);
        }
        if (Bytes.startsWith(b, 0, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return PngHeader.read(b, maxPixels);
        }
        if (Bytes.startsWith(b, 0, ascii("GIF87a")) || Bytes.startsWith(b, 0, ascii("GIF89a"))) {
            return GifHeader.read(b, maxPixels);
        }
        if (Bytes.startsWith(b, 0, ascii("RIFF")) && Bytes.startsWith(b, 8, ascii("WEBP"))) {
            return WebpHeader.read(b, maxPixels);
        }
        throw new PictureRefusedException(NOT_A_PICTURE, "The file is not a picture we read (JPEG, PNG, GIF or WebP): its bytes are "
                + whatItIs(b) + ", whatever its name says.");
    }

    /** A plain name for what the bytes look like, so the uploader knows what they sent. */
    static String whatItIs(byte[] b) {
        if (b.length == 0) {
            return "empty";
        }
        if (Bytes.startsWith(b, 0, ascii("MZ")) || Bytes.startsWith(b, 0, new byte[]{0x7F, 'E', 'L', 'F'})) {
            return "a program";
        }
        if (Bytes.startsWith(b, 0, ascii("%PDF"))) {
            return "a PDF document";
        }
        if (Bytes.startsWith(b, 0, new byte[]{'P', 'K', 3, 4})) {
            return "a ZIP archive (or an Office document)";
        }
        if (Bytes.startsWith(b, 4, ascii("ftyp"))) {
            return "an HEIC/AVIF picture or a video, which we do not read: export it as JPEG";
        }
        if (Bytes.startsWith(b, 0, ascii("II*\0")) || Bytes.startsWith(b, 0, ascii("MM\0*"))) {
            return "a TIFF picture, which we do not read: export it as JPEG";
        }
        if (Bytes.startsWith(b, 0, ascii("BM"))) {
            return "a BMP picture, which we do not read: export it as PNG";
        }
        if (looksLikeText(b)) {
            return "text";
        }
        return "of no kind we know";
    }

    private static boolean looksLikeText(byte[] b) {
        int n = Math.min(b.length, 512);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
