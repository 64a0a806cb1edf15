package news.cms.publishing.export;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a running export is, safe to read from any thread (the console's progress line, the admin
 * API): stories done of the total, and what has been written so far.
 */
public final class ExportProgress {

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile boolean cancelled;

    /** Live stories to go through; known once the export has counted them. */
    public long total() {
        return total.get();
    }

    /** Live stories gone through. */
    public long done() {
        return done.get();
    }

    /** HTML pages written (listing and article pages). */
    public long pages() {
        return pages.get();
    }

    /** Files written: pages, feeds, sitemaps. */
    public long files() {
        return files.get();
    }

    /** Files an incremental export rendered and found as they were, so it left them alone. */
    public long unchanged() {
        return unchanged.get();
    }

    /** Files an incremental export removed (unpublished stories, pages past a listing's end). */
    public long deleted() {
        return deleted.get();
    }

    public long bytes() {
        return bytes.get();
    }

    /** Asks the export to stop at its next batch; the site stays as it was. */
    public void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }

    void total(long stories) {
        total.set(stories);
    }

    void storyDone() {
        done.incrementAndGet();
    }

    void written(boolean page, long size) {
        if (page) {
            pages.incrementAndGet();
        }
        files.incrementAndGet();
        bytes.addAndGet(size);
    }

    void keptUnchanged() {
        unchanged.incrementAndGet();
    }

    void removed() {
        deleted.incrementAndGet();
    }
}
