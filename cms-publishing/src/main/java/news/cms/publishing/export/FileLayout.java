package news.cms.publishing.export;

import java.util.regex.Pattern;

/**
 * Where each URL of the public site lives in an export, chosen so that a static host serves it
 * without rewrites: a page {@code /news/page/2} is {@code news/page/2/index.html}, the feed
 * {@code /news/feed} is {@code news/feed/index.rss} and its Atom twin {@code /news/feed/atom} is
 * {@code news/feed/atom/index.atom} (a feed and its Atom feed cannot both be a file); sitemaps,
 * {@code 404.html} and {@code assets/site.css} keep their own names. docs/export.md shows the web
 * server settings for the feeds' content types.
 */
public final class FileLayout {

    /** What a URL answers, and so the file name its directory holds. */
    public enum Kind {
        HTML("index.html"), RSS("index.rss"), ATOM("index.atom"),
        /** A file under its own name: sitemaps, the reader's 404 page, the stylesheet in {@code assets/}. */
        NAMED(null);

        private final String index;

        Kind(String index) {
            this.index = index;
        }
    }

    /** One path segment as our slugs, dates and file names make them; never {@code .} or {@code ..}. */
    private static final Pattern SEGMENT = Pattern.compile("(?!\\.{1,2}$)[\\p{L}\\p{N}._~-]+");

    private FileLayout() {
    }

    /** The file, relative to the export's root, that holds the answer at {@code urlPath}. */
    public static String fileOf(String urlPath, Kind kind) {
        String relative = directoryOf(urlPath);
        if (kind == Kind.NAMED) {
            if (relative.isEmpty()) {
                throw new IllegalArgumentException("a named file needs a name: " + urlPath);
            }
            return relative;
        }
        return relative.isEmpty() ? kind.index : relative + "/" + kind.index;
    }

    /** The directory, relative to the export's root, of a listing or article URL ("" for {@code /}). */
    public static String directoryOf(String urlPath) {
        if (!urlPath.startsWith("/")) {
            throw new IllegalArgumentException("not a site path: " + urlPath);
        }
        String relative = urlPath.substring(1);
        if (relative.endsWith("/")) {
            relative = relative.substring(0, relative.length() - 1);
        }
        if (!relative.isEmpty()) {
            for (String segment : relative.split("/", -1)) {
                if (!SEGMENT.matcher(segment).matches()) {
                    throw new IllegalArgumentException("not a safe site path: " + urlPath);
                }
            }
        }
        return relative;
    }
}
