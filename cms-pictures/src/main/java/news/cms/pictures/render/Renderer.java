package news.cms.pictures.render;

import news.cms.pictures.FocalPoint;
import news.cms.pictures.PictureFormat;
import news.cms.pictures.Rendition;
import news.cms.pictures.gif.GifCleaner;
import news.cms.pictures.inspect.Header;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * Draws a picture's renditions from its decoded pixels: decode (subsampled as far as the largest
 * rendition allows), stand upright, then each whole-picture width and each crop, resampled with
 * {@link Lanczos} from the smallest bitmap already made that has the detail it needs (the decoded
 * picture itself otherwise), so most renditions come from a small intermediate instead of the full
 * picture. Whole pictures are drawn in turn on the caller's thread, largest first; encoding, and the
 * crops (which need only the whole pictures), run on the encoder threads meanwhile.
 */
public final class Renderer {

    /** A source must have at least the detail a target needs; the smallest such serves it. */
    private static final double MIN_REDUCTION = 1.0;

    private final ExecutorService encoders;

    public Renderer(ExecutorService encoders) {
        this.encoders = encoders;
    }

    public List<Rendition> render(byte[] bytes, Header header, FocalPoint focus) {
        Plan plan = Plan.of(header.displayedWidth(), header.displayedHeight(), focus);
        // a source 1% short of a target's width costs nothing visible, and often halves the pixels decoded
        int subsampling = Math.max(1, (int) Math.floor(1.01 / plan.detailNeeded()));
        BufferedImage decoded = Decoder.decode(bytes, header, subsampling);
        Bitmap upright = Pixels.upright(decoded, header.orientation());
        decoded = null;   // the upright copy is all that is needed from here on
        PictureFormat still = upright.alpha() ? PictureFormat.PNG : PictureFormat.JPEG;

        List<CompletableFuture<Rendition>> files = new ArrayList<>();
        if (header.format() == PictureFormat.GIF && header.animated()) {
            byte[] cleaned = GifCleaner.clean(bytes);
            files.add(CompletableFuture.completedFuture(new Rendition(header.storedWidth(), header.storedHeight(),
                    PictureFormat.GIF, null, true, cleaned, digest(cleaned))));
        }
        List<Made> wholes = new ArrayList<>();
        wholes.add(new Made(upright, upright.width() / (double) header.displayedWidth()));
        Map<String, List<CompletableFuture<Rendition>>> wholeFiles = new HashMap<>();
        try {
            for (Plan.Target target : plan.largestFirst()) {
                String size = target.width() + "x" + target.height();
                if (target.crop() != null && coversAll(target, header) && wholeFiles.containsKey(size)) {
                    // a crop box that is the whole picture (the 4:3 crop of a 4:3 photo) is the same file
                    for (CompletableFuture<Rendition> whole : wholeFiles.get(size)) {
                        files.add(whole.thenApply(r -> new Rendition(r.width(), r.height(), r.format(), target.crop(),
                                false, r.bytes(), r.digest())));
                    }
                } else if (target.crop() == null) {
                    // each whole picture is the source of the next smaller one: drawn here, in order
                    Bitmap drawn = draw(target, wholes);
                    wholes.add(new Made(drawn, drawn.width() / (double) header.displayedWidth()));
                    for (PictureFormat format : List.of(still, PictureFormat.WEBP)) {
                        CompletableFuture<Rendition> file =
                                CompletableFuture.supplyAsync(() -> file(drawn, format, null), encoders);
                        files.add(file);
                        wholeFiles.computeIfAbsent(size, k -> new ArrayList<>()).add(file);
                    }
                } else {
                    // crops depend only on the whole pictures, all made by now: drawn and encoded on the encoder threads
                    List<Made> sources = List.copyOf(wholes);
                    CompletableFuture<Bitmap> drawn = CompletableFuture.supplyAsync(() -> draw(target, sources), encoders);
                    for (PictureFormat format : List.of(still, PictureFormat.WEBP)) {
                        files.add(drawn.thenApplyAsync(bitmap -> file(bitmap, format, target.crop()), encoders));
                    }
                }
            }
            CompletableFuture.allOf(files.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException | Error e) {
            // what is still queued would run after the decode permit is given back: drop it
            files.forEach(f -> f.cancel(false));
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
        List<Rendition> out = new ArrayList<>(files.stream().map(CompletableFuture::join).toList());
        out.sort(ORDER);
        return out;
    }

    private static boolean coversAll(Plan.Target target, Header header) {
        return target.x() < 0.5 && target.y() < 0.5 && target.regionWidth() > header.displayedWidth() - 0.5
                && target.regionHeight() > header.displayedHeight() - 0.5;
    }

    private static Rendition file(Bitmap bitmap, PictureFormat format, news.cms.pictures.Crop crop) {
        byte[] file = Encoders.encode(bitmap, format);
        return new Rendition(bitmap.width(), bitmap.height(), format, crop, false, file, digest(file));
    }

    /** A bitmap of the whole picture already made, and how many of its pixels span one displayed pixel. */
    private record Made(Bitmap bitmap, double scale) {
    }

    private static Bitmap draw(Plan.Target target, List<Made> wholes) {
        double needed = target.width() / target.regionWidth();
        Made source = wholes.get(0);
        for (Made m : wholes) {
            if (m.scale >= needed * MIN_REDUCTION && m.scale < source.scale) {
                source = m;
            }
        }
        Bitmap from = source.bitmap;
        if (target.crop() != null) {
            int x = (int) Math.round(target.x() * source.scale);
            int y = (int) Math.round(target.y() * source.scale);
            int w = Math.min(from.width() - x, Math.max(1, (int) Math.round(target.regionWidth() * source.scale)));
            int h = Math.min(from.height() - y, Math.max(1, (int) Math.round(target.regionHeight() * source.scale)));
            from = from.region(x, y, w, h);
        }
        return Lanczos.resize(from, target.width(), target.height());
    }

    /** The animation first, then whole pictures from small to large, then each crop; a still's JPEG or PNG before its WebP. */
    private static final Comparator<Rendition> ORDER = Comparator
            .comparing((Rendition r) -> !r.animated())
            .thenComparing(r -> r.crop() == null ? -1 : r.crop().ordinal())
            .thenComparingInt(Rendition::width)
            .thenComparing(r -> r.format() == PictureFormat.WEBP);

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
