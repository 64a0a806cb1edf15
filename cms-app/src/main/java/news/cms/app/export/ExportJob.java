package news.cms.app.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import news.cms.publishing.export.ExportProgress;

import java.time.Instant;

/** One export asked for through the API, running in the background or finished. */
final class ExportJob {

    /** Where a job is. */
    enum State {
        /** Reading stories and writing files; the site is still the previous export. */
        RUNNING,
        /** The new site is in place. */
        SUCCEEDED,
        /** Stopped by an error; the site is still the previous export, {@code error} says why. */
        FAILED
    }

    /** The job as the API shows it. */
    @Serdeable
    record View(String id, State state, boolean incremental, long done, long total, Instant startedAt,
                @Nullable Instant finishedAt, @Nullable String error) {
    }

    private final String id;
    private final boolean incremental;
    private final Instant startedAt;
    private final ExportProgress progress = new ExportProgress();
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;
    private volatile String error;

    ExportJob(String id, boolean incremental, Instant startedAt) {
        this.id = id;
        this.incremental = incremental;
        this.startedAt = startedAt;
    }

    String id() {
        return id;
    }

    boolean incremental() {
        return incremental;
    }

    ExportProgress progress() {
        return progress;
    }

    boolean isRunning() {
        return state == State.RUNNING;
    }

    void succeeded(Instant at) {
        finishedAt = at;
        state = State.SUCCEEDED;
    }

    void failed(String why, Instant at) {
        error = why;
        finishedAt = at;
        state = State.FAILED;
    }

    View view() {
        // read the state first: a job seen finished shows its final counts
        State now = state;
        return new View(id, now, incremental, progress.done(), Math.max(progress.done(), progress.total()), startedAt,
                finishedAt, error);
    }
}
