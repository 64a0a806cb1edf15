package news.cms.testplugins.hanging;

/**
 * Blocks the calling thread the way a call to a dead service without a timeout does: it does not
 * give up when interrupted. It ends after a minute, so a test JVM is not left with such threads.
 */
final class Hang {

    private static final long MILLIS = 60_000;

    private Hang() {
    }

    static void forAMinute() {
        long end = System.currentTimeMillis() + MILLIS;
        while (System.currentTimeMillis() < end) {
            try {
                Thread.sleep(Math.max(1, end - System.currentTimeMillis()));
            } catch (InterruptedException ignored) {
                // a hung call does not notice
            }
        }
    }
}
