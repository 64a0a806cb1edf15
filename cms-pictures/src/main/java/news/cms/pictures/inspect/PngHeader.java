package news.cms.pictures.inspect;

import news.cms.pictures.PictureFormat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

import static news.cms.pictures.inspect.Bytes.u32be;
import static news.cms.pictures.inspect.Bytes.u8;

/**
 * A PNG's chunks, walked by their lengths to IEND: the size in IHDR (checked before anything else
 * is read), transparency (an alpha channel or tRNS), animation (APNG's acTL), EXIF ({@code eXIf}
 * and ImageMagick's hex "Raw profile type exif"), XMP and other text, the ICC profile. The critical
 * chunks' checksums are verified: a broken one is a damaged file.
 */
final class PngHeader {

    private static final int IHDR = type("IHDR");
    private static final int IEND = type("IEND");
    private static final int IDAT = type("IDAT");
    private static final int PLTE = type("PLTE");
    private static final int TRNS = type("tRNS");
    private static final int ACTL = type("acTL");
    private static final int EXIF = type("eXIf");
    private static final int ICCP = type("iCCP");
    private static final int TEXT = type("tEXt");
    private static final int ZTXT = type("zTXt");
    private static final int ITXT = type("iTXt");
    private static final int TEXT_LIMIT = 1 << 20;

    private PngHeader() {
    }

    static Header read(byte[] b, long maxPixels) {
        Parts parts = new Parts(PictureFormat.PNG, maxPixels);
        int i = 8;
        boolean first = true;
        boolean data = false;
        int colourType = -1;
        while (true) {
            long length = u32be(b, i);
            int type = (int) u32be(b, i + 4);
            if (length > Integer.MAX_VALUE) {
                throw Bytes.damaged("a PNG chunk declares " + length + " bytes");
            }
            Bytes.need(b, i + 8, length + 4, "PNG chunk");
            int from = i + 8;
            int to = from + (int) length;
            if (first) {
                if (type != IHDR || length != 13) {
                    throw Bytes.damaged("the PNG does not start with its header chunk");
                }
                parts.declare(u32be(b, from), u32be(b, from + 4), "header");
                parts.width = (int) u32be(b, from);
                parts.height = (int) u32be(b, from + 4);
                colourType = u8(b, from + 9);
                parts.transparency = colourType == 4 || colourType == 6;
                first = false;
            }
            if (isCritical(type)) {
                checkCrc(b, i + 4, to);
            }
            if (type == IEND) {
                if (!data) {
                    throw Bytes.damaged("the PNG has no image data");
                }
                return parts.header();
            } else if (type == IDAT) {
                data = true;
            } else if (type == TRNS) {
                parts.transparency |= colourType != 3 || anyBelow255(b, from, to);
            } else if (type == ACTL && length >= 8) {
                parts.frames = (int) Math.max(1, Math.min(Integer.MAX_VALUE, u32be(b, from)));
            } else if (type == EXIF && parts.exif == null) {
                parts.exif = Bytes.slice(b, from, to);
            } else if (type == ICCP) {
                int nul = indexOf(b, from, to, (byte) 0);
                if (nul > 0 && nul + 2 <= to) {
                    parts.icc = Bytes.inflate(b, nul + 2, to, TEXT_LIMIT);
                }
            } else if (type == TEXT || type == ZTXT || type == ITXT) {
                text(b, type, from, to, parts);
            }
            i = to + 4;
        }
    }

    private static void text(byte[] b, int type, int from, int to, Parts parts) {
        int nul = indexOf(b, from, to, (byte) 0);
        if (nul < 0) {
            return;
        }
        String keyword = new String(b, from, nul - from, StandardCharsets.ISO_8859_1);
        byte[] value;
        if (type == TEXT) {
            value = Bytes.slice(b, nul + 1, to);
        } else if (type == ZTXT) {
            value = nul + 2 <= to ? Bytes.inflate(b, nul + 2, to, TEXT_LIMIT) : null;
        } else {
            // iTXt: compression flag, method, language tag \0, translated keyword \0, text
            if (nul + 3 > to) {
                return;
            }
            boolean compressed = b[nul + 1] != 0;
            int language = indexOf(b, nul + 3, to, (byte) 0);
            int translated = language < 0 ? -1 : indexOf(b, language + 1, to, (byte) 0);
            if (translated < 0) {
                return;
            }
            value = compressed ? Bytes.inflate(b, translated + 1, to, TEXT_LIMIT) : Bytes.slice(b, translated + 1, to);
        }
        if (value == null) {
            return;
        }
        String text = new String(value, type == ITXT ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (keyword.equals("XML:com.adobe.xmp")) {
            parts.xmp.add(text);
        } else if (keyword.equalsIgnoreCase("Raw profile type exif") || keyword.equalsIgnoreCase("Raw profile type APP1")) {
            byte[] exif = rawProfile(text);
            if (exif != null && parts.exif == null) {
                parts.exif = Bytes.startsWith(exif, 0, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1))
                        ? Bytes.slice(exif, 6, exif.length) : exif;
            }
        } else if (keyword.equalsIgnoreCase("Raw profile type iptc")) {
            byte[] iptc = rawProfile(text);
            if (iptc != null && parts.iptc == null) {
                parts.iptc = iptc;
            }
        } else {
            parts.texts.add(new Header.Text(keyword, text));
        }
    }

    /** ImageMagick's raw profile text: a name line, a length line, then the bytes in hex. */
    private static byte[] rawProfile(String text) {
        String[] lines = text.strip().split("\n", 3);
        if (lines.length < 3) {
            return null;
        }
        String hex = lines[2].replaceAll("\\s", "");
        try {
            return HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : hex.substring(0, hex.length() - 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void checkCrc(byte[] b, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(b, from, to - from);
        if (crc.getValue() != u32be(b, to)) {
            throw Bytes.damaged("a PNG chunk's checksum is wrong");
        }
    }

    private static boolean anyBelow255(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xFF) != 0xFF) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] b, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCritical(int type) {
        return type == IHDR || type == IDAT || type == PLTE || type == IEND;
    }

    private static int type(String name) {
        byte[] t = name.getBytes(StandardCharsets.ISO_8859_1);
        return (t[0] & 0xFF) << 24 | (t[1] & 0xFF) << 16 | (t[2] & 0xFF) << 8 | (t[3] & 0xFF);
    }
}
