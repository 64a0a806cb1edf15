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
        return new SignInRefusedException("Too many failed sign-ins; try again in "
                + Math.max(1, retryAfter.toSeconds()) + " seconds", retryAfter);
    }

    /** Null for wrong credentials. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
