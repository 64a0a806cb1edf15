package news.cms.publishing.export;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed pool of threads that render and write, one per core, with a bound on the jobs waiting:
 * {@link #submit} blocks while that many are pending, so the thread reading stories never runs far
 * ahead of the writing and memory stays bounded whatever the site's size. The first job to fail
 * fails the export.
 */
final class Workers implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final int capacity;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Workers(int threads, int capacity) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = job -> {
            Thread thread = new Thread(job, "export-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
        this.capacity = capacity;
        this.slots = new Semaphore(capacity);
    }

    void submit(Runnable job) {
        check();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("The export was interrupted", e);
        }
        pool.execute(() -> {
            try {
                if (failure.get() == null) {
                    job.run();
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                slots.release();
            }
        });
    }

    /** Throws the first failure of a job, if one failed. */
    void check() {
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    /** Waits until every job submitted so far is done; throws the first failure. */
    void await() {
        try {
            slots.acquire(capacity);
            slots.release(capacity);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("The export was interrupted", e);
        }
        check();
    }

    /** Stops the threads, and waits for jobs under way, so nothing writes into a generation being discarded. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
