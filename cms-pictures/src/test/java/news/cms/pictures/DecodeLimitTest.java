package news.cms.pictures;

import news.cms.pictures.render.DecodeLimit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A burst of uploads waits for a decoder, a bounded time, and then is told to try again. */
class DecodeLimitTest {

    @Test
    void aPictureWaitsForABusyDecoderThenIsToldToTryAgain() throws Exception {
        DecodeLimit limit = new DecodeLimit(1, Duration.ofMillis(200), 8);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> limit.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        first.start();
        holding.await(5, TimeUnit.SECONDS);
        long start = System.nanoTime();

        PicturesBusyException e = assertThrows(PicturesBusyException.class, () -> limit.run(() -> "second"));

        long waited = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waited >= 150 && waited < 2_000, "waited " + waited + " ms");
        assertTrue(e.getMessage().contains("try again"), e.getMessage());
        release.countDown();
        first.join();
        assertEquals("third", limit.run(() -> "third"));
    }

    @Test
    void whenTheQueueIsFullTheNextPictureIsTurnedAwayAtOnce() throws Exception {
        DecodeLimit limit = new DecodeLimit(1, Duration.ofSeconds(30), 0);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> limit.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        first.start();
        holding.await(5, TimeUnit.SECONDS);
        long start = System.nanoTime();

        assertThrows(PicturesBusyException.class, () -> limit.run(() -> "second"));

        assertTrue((System.nanoTime() - start) / 1_000_000 < 1_000);
        release.countDown();
        first.join();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
