package news.cms.pictures.render;

import com.twelvemonkeys.image.ResampleOp;
import net.coobird.thumbnailator.resizers.ProgressiveBilinearResizer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The resampler candidates of docs/decisions/0017 side by side: TwelveMonkeys' ResampleOp with its
 * Lanczos filter, Thumbnailator's progressive bilinear resizer, and the engine's own
 * {@link Lanczos}, directly and cascaded as the engine uses it. For each, the CPU time of this
 * thread to make the whole-picture widths from the photo (median of a few rounds; CPU time, not
 * wall time, because the 2-core machine is shared with other builds), and two figures on a
 * zone plate of the photo's size whose rings run from flat at the centre to the original's own
 * limit at the corners: the contrast kept where the rings are coarse enough for the output (the
 * higher the sharper) and the contrast left where they are too fine for it (the lower the less
 * aliasing; an ideal filter leaves flat grey there). The 640 px zone plates are written to
 * {@code <out dir>} to be looked at.
 *
 * <pre>java -cp … news.cms.pictures.render.ResamplerComparison photo-4000x2667.jpg out-dir [rounds]</pre>
 */
public final class ResamplerComparison {

    private static final int[] WIDTHS = {2560, 2048, 1600, 1280, 960, 640, 320};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        BufferedImage photo = asIntRgb(ImageIO.read(new File(args[0])));
        File out = new File(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        out.mkdirs();
        BufferedImage plate = zonePlate(photo.getWidth(), photo.getHeight());

        candidate("twelvemonkeys-lanczos", (src, w) -> {
            int h = Math.round(w * src.getHeight() / (float) src.getWidth());
            return new ResampleOp(w, h, ResampleOp.FILTER_LANCZOS).filter(src, null);
        }, photo, plate, rounds, out);
        candidate("thumbnailator-progressive-bilinear", (src, w) -> {
            int h = Math.round(w * src.getHeight() / (float) src.getWidth());
            BufferedImage dest = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            new ProgressiveBilinearResizer().resize(src, dest);
            return dest;
        }, photo, plate, rounds, out);
        Map<BufferedImage, Bitmap> bitmaps = new IdentityHashMap<>();
        bitmaps.put(photo, bitmap(photo));
        bitmaps.put(plate, bitmap(plate));
        candidate("ours-lanczos3-fixed-point", (src, w) -> {
            int h = Math.round(w * src.getHeight() / (float) src.getWidth());
            return Lanczos.resize(bitmaps.get(src), w, h).toImage();
        }, photo, plate, rounds, out);
        // as the engine draws them: each whole width from the next larger one already made
        candidate("ours-lanczos3-cascaded", (src, w) -> {
            Bitmap from = bitmaps.get(src);
            for (int step : WIDTHS) {
                if (step >= w) {
                    from = Lanczos.resize(from, step, Math.round(step * src.getHeight() / (float) src.getWidth()));
                }
            }
            return from.toImage();
        }, photo, plate, rounds, out);
    }

    private static void candidate(String name, BiFunction<BufferedImage, Integer, BufferedImage> resize,
                                  BufferedImage photo, BufferedImage plate, int rounds, File out) throws Exception {
        long[] times = new long[rounds];
        boolean cascaded = name.endsWith("cascaded");
        for (int r = 0; r < rounds; r++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int w : cascaded ? new int[]{WIDTHS[WIDTHS.length - 1]} : WIDTHS) {
                resize.apply(photo, w);   // cascaded: making the smallest makes every larger one on the way
            }
            times[r] = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        StringBuilder line = new StringBuilder(String.format("%-36s all %d widths: %5d ms CPU (median of %d)",
                name, WIDTHS.length, times[rounds / 2], rounds));
        for (int w : new int[]{1280, 640}) {
            BufferedImage small = resize.apply(plate, w);
            double scale = plate.getWidth() / (double) w;
            line.append(String.format("; zone plate at %d: kept %.1f, aliased %.1f", w,
                    contrast(small, scale, 0.0, 0.4), contrast(small, scale, 1.5, 9)));
            if (w == 640) {
                ImageIO.write(small, "png", new File(out, "zoneplate-640-" + name + ".png"));
            }
        }
        System.out.println(line);
    }

    /**
     * Standard deviation of the grey level over the output pixels whose zone-plate frequency lies
     * between {@code from} and {@code to} times the output's own Nyquist limit.
     */
    private static double contrast(BufferedImage img, double scale, double from, double to) {
        double cx = img.getWidth() / 2.0, cy = img.getHeight() / 2.0;
        double rMax = Math.hypot(cx, cy) * scale;
        double sum = 0, sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                double r = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) * scale;
                double f = 0.5 * r / rMax;               // cycles per original pixel
                double relative = f * scale / 0.5;      // against the output's Nyquist
                if (relative >= from && relative < to) {
                    double v = img.getRGB(x, y) & 0xFF;
                    sum += v;
                    sq += v * v;
                    n++;
                }
            }
        }
        double mean = sum / n;
        return Math.sqrt(sq / n - mean * mean);
    }

    /** Rings whose frequency grows from 0 at the centre to 0.5 cycles a pixel at the corners. */
    private static BufferedImage zonePlate(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        double cx = w / 2.0, cy = h / 2.0, rMax = Math.hypot(cx, cy);
        double k = Math.PI * 0.5 / rMax;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                int v = (int) Math.round(127.5 + 127.5 * Math.cos(k * r * r));
                img.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return img;
    }

    private static Bitmap bitmap(BufferedImage img) {
        return new Bitmap(img.getWidth(), img.getHeight(), img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()), false);
    }

    private static BufferedImage asIntRgb(BufferedImage img) {
        BufferedImage copy = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.createGraphics().drawImage(img, 0, 0, null);
        return copy;
    }
}
