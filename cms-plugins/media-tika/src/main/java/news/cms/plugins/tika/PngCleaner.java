package news.cms.plugins.tika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.InflaterInputStream;

/**
 * Rewrites a PNG keeping only the chunks on a list: the image ({@code IHDR}, {@code PLTE},
 * {@code tRNS}, {@code IDAT}, {@code IEND}), the colour chunks that hold numbers only
 * ({@code gAMA}, {@code cHRM}, {@code sRGB}, {@code sBIT}, {@code cICP}) and an animated PNG's
 * frames ({@code acTL}, {@code fcTL}, {@code fdAT}), each copied byte for byte. Anything else goes,
 * whatever it is called: text ({@code tEXt}, {@code iTXt}, {@code zTXt}), EXIF, times, C2PA
 * ({@code caBX}), private chunks, anything after {@code IEND}. An embedded profile ({@code iCCP},
 * whose name is free text) becomes an {@code sRGB} chunk when it is sRGB and withholds the copy
 * otherwise; an EXIF orientation is kept as an {@code eXIf} chunk holding only that.
 */
final class PngCleaner {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND",
            "gAMA", "cHRM", "sRGB", "sBIT", "cICP", "acTL", "fcTL", "fdAT");
    /** Perceptual rendering, as an sRGB profile of unknown intent is taken. */
    private static final byte[] PERCEPTUAL = {0};
    /** Profiles are small; a larger inflated one is refused rather than filling memory. */
    private static final int MAX_PROFILE = 4 * 1024 * 1024;

    private PngCleaner() {
    }

    /** The PNG with only its listed chunks; throws {@link MalformedFileException} when it is not a readable PNG. */
    static PublicCopy clean(byte[] png) {
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new MalformedFileException("the PNG does not start as a PNG does");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        boolean srgbWritten = false;
        int orientation = orientationOf(png);
        int at = SIGNATURE.length;
        while (at + 8 <= png.length) {
            long length = ((png[at] & 0xFFL) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            long end = at + 12L + length;
            if (end > png.length) {
                throw new MalformedFileException("the PNG chunk " + type + " runs past the end of the file");
            }
            int data = at + 8;
            switch (type) {
                case "iCCP" -> {
                    if (!isSrgbProfile(png, data, (int) (data + length))) {
                        return PublicCopy.withheld("its colour profile is not sRGB, and without it the colours would "
                                + "change: convert the picture to sRGB and upload it again to publish it");
                    }
                    if (!srgbWritten) {
                        chunk(out, "sRGB", PERCEPTUAL);
                        srgbWritten = true;
                    }
                }
                case "eXIf" -> {
                    // written again before the image data, holding only the orientation
                }
                case "IDAT" -> {
                    if (orientation != ExifOrientation.NORMAL) { // viewers read eXIf only before the image data
                        chunk(out, "eXIf", ExifOrientation.tiffWith(orientation));
                        orientation = ExifOrientation.NORMAL;
                    }
                    out.write(png, at, (int) (end - at));
                }
                case "sRGB" -> {
                    if (!srgbWritten) {
                        out.write(png, at, (int) (end - at));
                        srgbWritten = true;
                    }
                }
                case "IEND" -> {
                    out.write(png, at, (int) (end - at));
                    return PublicCopy.of(out.toByteArray());
                }
                default -> {
                    if (KEPT.contains(type)) {
                        out.write(png, at, (int) (end - at));
                    }
                }
            }
            at = (int) end;
        }
        throw new MalformedFileException("the PNG has no end (IEND)");
    }

    /** The orientation in the PNG's {@code eXIf} chunk, wherever it is, or {@link ExifOrientation#NORMAL}. */
    private static int orientationOf(byte[] png) {
        int at = SIGNATURE.length;
        while (at + 8 <= png.length) {
            long length = ((png[at] & 0xFFL) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            long end = at + 12L + length;
            if (end > png.length) {
                return ExifOrientation.NORMAL; // the main pass says what is wrong
            }
            if (png[at + 4] == 'e' && png[at + 5] == 'X' && png[at + 6] == 'I' && png[at + 7] == 'f') {
                return ExifOrientation.read(png, at + 8, (int) (end - 4));
            }
            at = (int) end;
        }
        return ExifOrientation.NORMAL;
    }

    /** An {@code iCCP} chunk's data: a name of up to 79 bytes, a zero, the method (0), the zlib-compressed profile. */
    private static boolean isSrgbProfile(byte[] png, int from, int to) {
        int zero = from;
        while (zero < to && png[zero] != 0) {
            zero++;
        }
        if (zero + 2 > to) {
            throw new MalformedFileException("the PNG's colour profile chunk is broken");
        }
        try (InflaterInputStream in = new InflaterInputStream(
                new java.io.ByteArrayInputStream(png, zero + 2, to - zero - 2))) {
            byte[] profile = in.readNBytes(MAX_PROFILE + 1);
            if (profile.length > MAX_PROFILE) {
                throw new MalformedFileException("the PNG's colour profile is larger than any real profile");
            }
            return ColourProfiles.isSrgb(profile);
        } catch (IOException e) {
            throw new MalformedFileException("the PNG's colour profile cannot be inflated: " + e.getMessage());
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeInt(out, data.length);
        out.write(typeBytes, 0, 4);
        out.write(data, 0, data.length);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
