package news.cms.app.security;

import java.time.Duration;

/**
 * A sign-in that did not succeed: wrong credentials (401, the same answer for an unknown username, a
 * wrong password and a disabled account) or too many failures (429 with {@code Retry-After}).
 */
public class SignInRefusedException extends RuntimeException {

    private final Duration retryAfter;

    private SignInRefusedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    static SignInRefusedException wrongCredentials() {
        return new SignInRefusedException("Wrong username or password", null);
    }

    static SignInRefusedException throttled(Duration retryAfter) {
        return new SignInRefusedException("Too many failed sign-ins; try again in " + wait(retryAfter), retryAfter);
    }

    /** Null for wrong credentials. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** For {@code Retry-After}: whole seconds, rounded up, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.plusNanos(999_999_999).toSeconds());
    }

    private static String wait(Duration retryAfter) {
        long seconds = seconds(retryAfter);
        if (seconds < 120) {
            return seconds + " seconds";
        }
        return (seconds + 59) / 60 + " minutes";
    }
}
