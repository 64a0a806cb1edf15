package news.cms.pictures.render;

import news.cms.pictures.PicturesBusyException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many pictures are decoded and drawn at once. A decode holds the whole picture's pixels (four
 * bytes each, plus its renditions) for as long as it runs, so a burst of large uploads must queue
 * rather than all decode together and exhaust the heap. The work runs on the caller's own thread
 * once it holds a permit; a caller waits at most {@code wait}, and when {@code queue} callers are
 * already waiting the next is turned away at once, so a flood cannot pile up blocked threads.
 */
public final class DecodeLimit {

    private final Semaphore permits;
    private final int decoders;
    private final Duration wait;
    private final int queue;
    private final AtomicInteger waiting = new AtomicInteger();

    public DecodeLimit(int decoders, Duration wait, int queue) {
        if (decoders < 1) {
            throw new IllegalArgumentException("cms.media.decoders must be at least 1, not " + decoders);
        }
        this.decoders = decoders;
        this.permits = new Semaphore(decoders, true);
        this.wait = wait;
        this.queue = queue;
    }

    /** Runs the work holding a permit, or throws {@link PicturesBusyException} when none comes in time. */
    public <T> T run(java.util.function.Supplier<T> work) {
        if (!permits.tryAcquire()) {
            if (waiting.incrementAndGet() > queue) {
                waiting.decrementAndGet();
                throw busy(queue + " pictures are already waiting");
            }
            try {
                if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy("no decoder came free within " + wait.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy("the wait was interrupted");
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private PicturesBusyException busy(String why) {
        return new PicturesBusyException("All " + decoders + " picture decoders are busy (" + why
                + "); try again in a moment.");
    }
}
