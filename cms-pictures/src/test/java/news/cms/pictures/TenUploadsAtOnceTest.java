package news.cms.pictures;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten 4000 x 2667 photos uploaded at the same moment, in a JVM of at most 512 MB (this module's
 * surefire runs with {@code -Xmx512m}): two are decoded at a time and the rest queue, so all ten
 * get their renditions and the heap never runs out.
 */
class TenUploadsAtOnceTest {

    @Test
    void tenLargePhotosAtOnceQueueForTheDecodersInsteadOfExhaustingTheHeap() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue(maxHeap <= 512L * 1024 * 1024, "this test proves nothing with a heap of " + maxHeap / (1024 * 1024) + " MB");
        Pictures pictures = Fixtures.engine(2, Duration.ofMinutes(3));
        byte[] photo = Fixtures.bytes(Fixtures.PHOTO);
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 20, TimeUnit.MILLISECONDS);
        ExecutorService uploads = Executors.newFixedThreadPool(10);
        try {
            List<Future<List<Rendition>>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(uploads.submit(() -> pictures.renditions(photo, FocalPoint.CENTRE)));
            }
            for (Future<List<Rendition>> result : results) {
                assertEquals(38, result.get().size());   // an OutOfMemoryError would arrive here as its cause
            }
        } finally {
            uploads.shutdownNow();
            sampler.shutdownNow();
        }
        System.out.printf("ten uploads at once: heap in use at most %d MB (garbage included) of %d MB%n",
                peak.get() / (1024 * 1024), maxHeap / (1024 * 1024));
    }
}
