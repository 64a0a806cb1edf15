package news.cms.pictures.render;

/**
 * Separable Lanczos-3 resampling in fixed point: the filter ImageMagick and TwelveMonkeys'
 * {@code ResampleOp} use for shrinking photographs (no moiré on fine patterns, sharp edges), at
 * the speed the upload path needs: about ten times TwelveMonkeys' (docs/decisions/0017 has the
 * measurements). Each pass filters rows and writes them transposed, so the second pass again
 * reads along rows.
 */
final class Lanczos {

    private static final int LOBES = 3;
    private static final int SHIFT = 14;
    private static final int ONE = 1 << SHIFT;
    private static final int HALF = 1 << (SHIFT - 1);

    private Lanczos() {
    }

    /** The bitmap resampled to exactly {@code width} x {@code height}. */
    static Bitmap resize(Bitmap source, int width, int height) {
        if (source.width() == width && source.height() == height) {
            return source;
        }
        int[] across = new int[width * source.height()];
        pass(source.pixels(), source.width(), source.height(), across, width, source.alpha());
        int[] done = new int[width * height];
        pass(across, source.height(), width, done, height, source.alpha());
        return new Bitmap(width, height, done, source.alpha());
    }

    /** Resamples each of {@code rows} rows of {@code length} pixels to {@code target}, writing them as columns. */
    private static void pass(int[] in, int length, int rows, int[] out, int target, boolean alpha) {
        Weights w = new Weights(length, target);
        for (int row = 0; row < rows; row++) {
            int base = row * length;
            for (int x = 0; x < target; x++) {
                int s = base + w.first[x];
                out[x * rows + row] = alpha
                        ? filterArgb(in, s, w.weight, x * w.taps, w.count[x])
                        : filterRgb(in, s, w.weight, x * w.taps, w.count[x]);
            }
        }
    }

    /**
     * Red and blue are summed in one long, 32 bits apart, green in an int: two multiplications a tap
     * instead of three. The long's sum is exact (each half stays far below 2^31), so blue is its low
     * half read as a signed int, and red what remains above it.
     */
    private static int filterRgb(int[] in, int s, int[] weight, int k0, int n) {
        long rb = 0;
        int g = 0;
        for (int k = k0, end = k0 + n; k < end; k++, s++) {
            int p = in[s];
            int q = weight[k];
            rb += ((long) (p & 0xFF0000) << 16 | (p & 0xFF)) * q;
            g += (p >> 8 & 0xFF) * q;
        }
        int b = (int) rb;
        int r = (int) ((rb - b) >> 32);
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int filterArgb(int[] in, int s, int[] weight, int k0, int n) {
        int a = 0;
        int r = 0;
        int g = 0;
        int b = 0;
        for (int k = k0, end = k0 + n; k < end; k++, s++) {
            int p = in[s];
            int q = weight[k];
            a += (p >>> 24) * q;
            r += (p >> 16 & 0xFF) * q;
            g += (p >> 8 & 0xFF) * q;
            b += (p & 0xFF) * q;
        }
        int al = clamp(a);
        // premultiplied colours can never exceed their alpha; the filter's ringing could push them past it
        return al << 24 | Math.min(al, clamp(r)) << 16 | Math.min(al, clamp(g)) << 8 | Math.min(al, clamp(b));
    }

    private static int clamp(int fixed) {
        int v = (fixed + HALF) >> SHIFT;
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** For each output pixel: the first source pixel it reads, how many, and their weights (summing to one). */
    private static final class Weights {
        final int taps;
        final int[] first;
        final int[] count;
        final int[] weight;

        Weights(int length, int target) {
            double scale = length / (double) target;
            double stretch = Math.max(1, scale);        // shrinking widens the filter; enlarging never happens here
            double support = LOBES * stretch;
            taps = (int) Math.ceil(support * 2) + 2;
            first = new int[target];
            count = new int[target];
            weight = new int[target * taps];
            double[] f = new double[taps];
            for (int x = 0; x < target; x++) {
                double centre = (x + 0.5) * scale;
                int lo = Math.max(0, (int) Math.floor(centre - support));
                int hi = Math.min(length - 1, (int) Math.ceil(centre + support));
                int n = Math.min(taps, hi - lo + 1);
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    f[i] = lanczos((lo + i + 0.5 - centre) / stretch);
                    sum += f[i];
                }
                int total = 0;
                int peak = 0;
                for (int i = 0; i < n; i++) {
                    int q = (int) Math.round(f[i] / sum * ONE);
                    weight[x * taps + i] = q;
                    total += q;
                    if (q > weight[x * taps + peak]) {
                        peak = i;
                    }
                }
                weight[x * taps + peak] += ONE - total;   // rounding must not brighten or darken
                first[x] = lo;
                count[x] = n;
            }
        }

        private static double lanczos(double x) {
            double ax = Math.abs(x);
            if (ax < 1e-9) {
                return 1;
            }
            if (ax >= LOBES) {
                return 0;
            }
            double px = Math.PI * ax;
            return LOBES * Math.sin(px) * Math.sin(px / LOBES) / (px * px);
        }
    }
}
