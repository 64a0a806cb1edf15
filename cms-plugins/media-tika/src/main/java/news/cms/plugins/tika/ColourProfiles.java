package news.cms.plugins.tika;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;

/**
 * Tells an sRGB colour profile from any other, by what it does rather than what it says: an RGB
 * profile whose red, green and blue primaries are sRGB's and whose tone curves pass where sRGB's
 * does at mid-grey (so linear-light and gamma-1.8 profiles with sRGB's primaries are not taken). A profile's description, copyright and
 * private tags are free text (a photographer's name, a studio's), so a public copy never carries
 * the uploaded profile: an sRGB one is swapped for the JDK's canonical sRGB profile (or, in a PNG,
 * the {@code sRGB} chunk), and any other withholds the copy, since dropping it would change colours.
 */
final class ColourProfiles {

    /** How far a primary's XYZ may be from sRGB's: profiles of different makers round differently. */
    private static final double TOLERANCE = 0.003;
    /** sRGB's tone curve at mid-grey: ((0.5 + 0.055) / 1.055) ^ 2.4. */
    private static final double SRGB_AT_HALF = 0.2140;
    private static final double CURVE_TOLERANCE = 0.01;
    private static final double[][] SRGB_PRIMARIES;

    static {
        byte[] srgb = canonicalSrgb();
        SRGB_PRIMARIES = new double[][]{primary(srgb, "rXYZ"), primary(srgb, "gXYZ"), primary(srgb, "bXYZ")};
    }

    private ColourProfiles() {
    }

    /** The JDK's own sRGB profile: what a public copy carries instead of the uploaded one. */
    static byte[] canonicalSrgb() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** Whether the ICC profile (its bytes, header and tag table as the ICC specification lays them out) is sRGB. */
    static boolean isSrgb(byte[] profile) {
        if (profile.length < 132 || !"RGB ".equals(ascii(profile, 16))) {
            return false;
        }
        for (String curve : new String[]{"rTRC", "gTRC", "bTRC"}) {
            double atHalf = curveAtHalf(profile, curve);
            if (Double.isNaN(atHalf) || Math.abs(atHalf - SRGB_AT_HALF) > CURVE_TOLERANCE) {
                return false;
            }
        }
        for (int i = 0; i < 3; i++) {
            double[] found = primary(profile, new String[]{"rXYZ", "gXYZ", "bXYZ"}[i]);
            if (found == null) {
                return false;
            }
            for (int c = 0; c < 3; c++) {
                if (Math.abs(found[c] - SRGB_PRIMARIES[i][c]) > TOLERANCE) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A tone curve's value at 0.5: a {@code curv} (none: identity; one entry: a gamma; more: a table)
     * or a {@code para} (the ICC's parametric functions 0 to 4). NaN when missing or unreadable.
     */
    private static double curveAtHalf(byte[] profile, String tag) {
        int offset = tagOffset(profile, tag);
        if (offset < 0 || offset + 12 > profile.length) {
            return Double.NaN;
        }
        String type = ascii(profile, offset);
        if (type.equals("curv")) {
            long count = u32(profile, offset + 8);
            if (count == 0) {
                return 0.5;
            }
            if (count == 1) {
                return offset + 14 > profile.length ? Double.NaN
                        : Math.pow(0.5, (((profile[offset + 12] & 0xFF) << 8) | (profile[offset + 13] & 0xFF)) / 256.0);
            }
            if (offset + 12 + count * 2 > profile.length) {
                return Double.NaN;
            }
            double position = (count - 1) / 2.0;
            int low = (int) Math.floor(position);
            int high = (int) Math.ceil(position);
            double lowValue = u16(profile, offset + 12 + low * 2) / 65535.0;
            double highValue = u16(profile, offset + 12 + high * 2) / 65535.0;
            return lowValue + (highValue - lowValue) * (position - low);
        }
        if (type.equals("para")) {
            int function = u16(profile, offset + 8);
            int[] parameters = {1, 3, 4, 5, 7};
            if (function > 4 || offset + 12 + parameters[function] * 4 > profile.length) {
                return Double.NaN;
            }
            double[] p = new double[7];
            for (int i = 0; i < parameters[function]; i++) {
                p[i] = fixed(profile, offset + 12 + i * 4);
            }
            double x = 0.5;
            return switch (function) {
                case 0 -> Math.pow(x, p[0]);
                case 1 -> x >= -p[2] / p[1] ? Math.pow(p[1] * x + p[2], p[0]) : 0;
                case 2 -> x >= -p[2] / p[1] ? Math.pow(p[1] * x + p[2], p[0]) + p[3] : p[3];
                case 3 -> x >= p[4] ? Math.pow(p[1] * x + p[2], p[0]) : p[3] * x;
                default -> x >= p[4] ? Math.pow(p[1] * x + p[2], p[0]) + p[5] : p[3] * x + p[6];
            };
        }
        return Double.NaN;
    }

    /** Where a tag's data starts, from the tag table after the 128-byte header, or -1. */
    private static int tagOffset(byte[] profile, String tag) {
        long count = u32(profile, 128);
        for (long i = 0; i < count; i++) {
            long entry = 132 + i * 12;
            if (entry + 12 > profile.length) {
                return -1;
            }
            if (tag.equals(ascii(profile, (int) entry))) {
                long offset = u32(profile, (int) entry + 4);
                return offset > profile.length ? -1 : (int) offset;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    /** The XYZ of a colorant tag ({@code XYZ } type: signature, 4 reserved bytes, three s15Fixed16), or null. */
    private static double[] primary(byte[] profile, String tag) {
        int offset = tagOffset(profile, tag);
        if (offset < 0 || offset + 20 > profile.length || !"XYZ ".equals(ascii(profile, offset))) {
            return null;
        }
        int at = offset + 8;
        return new double[]{fixed(profile, at), fixed(profile, at + 4), fixed(profile, at + 8)};
    }

    private static double fixed(byte[] b, int at) {
        return ((b[at] << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF)) / 65536.0;
    }

    private static long u32(byte[] b, int at) {
        return ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static String ascii(byte[] b, int at) {
        return at + 4 > b.length ? "" : new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }
}
