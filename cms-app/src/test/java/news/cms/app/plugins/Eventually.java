package news.cms.app.plugins;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, in short steps and never longer than the given time, for something the server does on its own threads. */
final class Eventually {

    private Eventually() {
    }

    static void within(Duration limit, BooleanSupplier done, String what) {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
