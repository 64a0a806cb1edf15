package news.cms.plugins.tika;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Rewrites a PNG without its text and EXIF chunks ({@code tEXt}, {@code iTXt}, {@code zTXt},
 * {@code eXIf}: author, software, comments, GPS) and its {@code tIME}. The image chunks are
 * copied byte for byte; what follows {@code IEND} is left out.
 */
final class PngCleaner {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> REVEALING = Set.of("tEXt", "iTXt", "zTXt", "eXIf", "tIME");

    private PngCleaner() {
    }

    /** The PNG without its revealing chunks; throws {@link MalformedFileException} when it is not a readable PNG. */
    static byte[] clean(byte[] png) {
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new MalformedFileException("the PNG does not start as a PNG does");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        int at = SIGNATURE.length;
        while (at + 8 <= png.length) {
            long length = ((png[at] & 0xFFL) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            long end = at + 12L + length;
            if (end > png.length) {
                throw new MalformedFileException("the PNG chunk " + type + " runs past the end of the file");
            }
            if (!REVEALING.contains(type)) {
                out.write(png, at, (int) (end - at));
            }
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
            at = (int) end;
        }
        throw new MalformedFileException("the PNG has no end (IEND)");
    }
}
