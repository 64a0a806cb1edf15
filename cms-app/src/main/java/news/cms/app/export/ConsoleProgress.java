package news.cms.app.export;

import news.cms.publishing.export.ExportProgress;
import news.cms.publishing.export.ExportSummary;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The export's progress on the console: one line redrawn in place (stories done of the total, percent,
 * time so far, stories a second) while a person watches a terminal, then one summary line. Without a
 * terminal (a log, a pipe) only the summary is written.
 */
final class ConsoleProgress implements AutoCloseable {

    private static final int BAR = 24;
    private static final long REDRAW_MS = 200;

    private final ExportProgress progress;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService redraw;
    private int drawn;

    ConsoleProgress(ExportProgress progress, PrintWriter err, boolean live) {
        this.progress = progress;
        this.err = err;
        if (live) {
            redraw = Executors.newSingleThreadScheduledExecutor(job -> {
                Thread thread = new Thread(job, "export-progress");
                thread.setDaemon(true);
                return thread;
            });
            redraw.scheduleAtFixedRate(this::draw, 0, REDRAW_MS, TimeUnit.MILLISECONDS);
        } else {
            redraw = null;
        }
    }

    private synchronized void draw() {
        long done = progress.done();
        long total = Math.max(done, progress.total());
        double seconds = (System.nanoTime() - started) / 1e9;
        int percent = total == 0 ? 0 : (int) (100 * done / total);
        int filled = total == 0 ? 0 : (int) (BAR * done / total);
        String line = String.format(Locale.ENGLISH, "[%s%s] %,d/%,d stories %3d%% %s %,.0f/s",
                "=".repeat(filled), " ".repeat(BAR - filled), done, total, percent, clock(seconds),
                seconds > 0 ? done / seconds : 0.0);
        // pad over a longer line drawn before, then return to the line's start
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }

    /** The last state of the line, then the next output on a line of its own. */
    @Override
    public synchronized void close() {
        if (redraw != null) {
            redraw.shutdownNow();
            draw();
            err.println();
            err.flush();
        }
    }

    /** One line: what was written, how much, how long. */
    static String summary(ExportSummary summary, String out) {
        String changes = summary.mode().equals("incremental")
                ? String.format(Locale.ENGLISH, ", %,d unchanged, %,d deleted", summary.unchanged(), summary.deleted()) : "";
        return String.format(Locale.ENGLISH, "Exported %,d stories: %,d pages, %,d files, %s%s in %.1f s (%s) into %s",
                summary.stories(), summary.pages(), summary.files(), bytes(summary.bytes()), changes,
                summary.took().toMillis() / 1000.0, summary.mode(), out);
    }

    private static String bytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
        }
        return bytes < 1024L * 1024 * 1024 ? String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(Locale.ENGLISH, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }

    private static String clock(double seconds) {
        long s = (long) seconds;
        return String.format(Locale.ENGLISH, "%d:%02d", s / 60, s % 60);
    }
}
