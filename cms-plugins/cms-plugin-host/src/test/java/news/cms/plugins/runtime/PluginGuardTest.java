package news.cms.plugins.runtime;

import io.micronaut.context.event.ApplicationEventPublisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guard on its own: answers, errors, time limits, the count of failures in a row and the limit on calls at once. */
class PluginGuardTest {

    private static final Duration LIMIT = Duration.ofMillis(200);

    private final List<PluginTripped> tripped = new CopyOnWriteArrayList<>();
    private final PluginSettings settings = new PluginSettings();
    private final PluginGuard guard = new PluginGuard(settings, new ApplicationEventPublisher<>() {
        @Override
        public void publishEvent(PluginTripped event) {
            tripped.add(event);
        }

        @Override
        public Future<Void> publishEventAsync(PluginTripped event) {
            tripped.add(event);
            return CompletableFuture.completedFuture(null);
        }
    }, Runnable::run);
    private final RunningPlugin plugin = new RunningPlugin("demo", getClass().getClassLoader(), 2);

    @AfterEach
    void close() {
        guard.close();
    }

    @Test
    void anAnswerInTimeIsPassedOnFromThePluginsOwnThread() {
        Optional<String> answer = guard.call(plugin, "answer", LIMIT, () -> Thread.currentThread().getName()).join();

        assertEquals(Optional.of("plugin-demo-answer"), answer);
    }

    @Test
    void aCallThatThrowsAnswersNothingAndCounts() {
        Optional<Object> answer = guard.call(plugin, "throw", LIMIT, () -> {
            throw new IllegalStateException("broken");
        }).join();

        assertEquals(Optional.empty(), answer);
        assertEquals(2, plugin.failed(), "this was the second failure in a row");
    }

    @Test
    void aCallThatHangsIsCutOffAtTheLimitAndInterrupted() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();

        Optional<String> answer = guard.call(plugin, "hang", LIMIT, () -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "too late";
        }).join();

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(Optional.empty(), answer);
        assertTrue(took.compareTo(LIMIT.plusMillis(300)) < 0, "answered after " + took.toMillis() + " ms");
        assertTrue(interrupted.await(1, TimeUnit.SECONDS), "the plugin's thread was interrupted");
    }

    @Test
    void failuresInARowTripThePluginOnceAndASuccessStartsTheCountAgain() {
        fail(2);
        guard.call(plugin, "ok", LIMIT, () -> "fine").join();
        fail(2);
        assertEquals(List.of(), tripped, "never three in a row yet");

        fail(3);

        assertEquals(1, tripped.size());
        assertEquals("demo", tripped.get(0).pluginId());
        assertEquals(plugin.instance(), tripped.get(0).instance());
        assertTrue(tripped.get(0).reason().startsWith("3 failures in a row; the last: fail: IllegalStateException"),
                tripped.get(0).reason());
        assertTrue(plugin.isTripped());
    }

    @Test
    void callsBeyondTheLimitAtOnceAreRefusedAtOnce() {
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Optional<String>>> busy = List.of(
                guard.call(plugin, "busy", Duration.ofSeconds(5), () -> waitFor(release)),
                guard.call(plugin, "busy", Duration.ofSeconds(5), () -> waitFor(release)));

        long start = System.nanoTime();
        Optional<String> third = guard.call(plugin, "one too many", Duration.ofSeconds(5), () -> "ran").join();

        assertEquals(Optional.empty(), third);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000, "refused without waiting");
        release.countDown();
        busy.forEach(call -> assertEquals(Optional.of("released"), call.join()));
        assertEquals(Optional.of("ran"), guard.call(plugin, "again", LIMIT, () -> "ran").join(), "places are given back");
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            guard.call(plugin, "fail", LIMIT, () -> {
                throw new IllegalStateException("failure " + System.nanoTime());
            }).join();
        }
    }

    private static String waitFor(CountDownLatch release) throws InterruptedException {
        release.await();
        return "released";
    }
}
