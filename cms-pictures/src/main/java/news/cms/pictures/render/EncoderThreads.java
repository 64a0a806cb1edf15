package news.cms.pictures.render;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that encode renditions ({@code cms-pictures-encoder-N}), one per core: encoding is
 * most of a picture's work, and a picture's files are independent, so one upload uses every core
 * while it resamples the next size. The queue needs no bound: only pictures holding a decode
 * permit put work on it, and their bitmaps are already in memory.
 */
public final class EncoderThreads {

    private EncoderThreads() {
    }

    public static ExecutorService start() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "cms-pictures-encoder-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
