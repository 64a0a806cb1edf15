package news.cms.app.security;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How many sign-in attempts are let through before sign-in is refused for a while ({@code cms.login}).
 * Each limit refills evenly over the window: after a lock-out, one more attempt every
 * {@code window / limit}. A correct password is not counted.
 */
@ConfigurationProperties("cms.login")
public class LoginThrottleConfiguration {

    /**
     * Failures for one username from one client address; guards against guessing one password,
     * without locking the person out at their own desk.
     */
    private int maxFailuresPerUsername = 5;
    /** Failures for one username from all addresses together: the ceiling for a distributed attack. */
    private int maxFailuresPerUsernameTotal = 100;
    /** Failures from one client address (an IPv6 /64); guards against spraying many names. */
    private int maxFailuresPerAddress = 20;
    /** The time over which each limit refills completely. */
    private Duration window = Duration.ofMinutes(15);

    public int getMaxFailuresPerUsername() {
        return maxFailuresPerUsername;
    }

    public void setMaxFailuresPerUsername(int maxFailuresPerUsername) {
        this.maxFailuresPerUsername = maxFailuresPerUsername;
    }

    public int getMaxFailuresPerUsernameTotal() {
        return maxFailuresPerUsernameTotal;
    }

    public void setMaxFailuresPerUsernameTotal(int maxFailuresPerUsernameTotal) {
        this.maxFailuresPerUsernameTotal = maxFailuresPerUsernameTotal;
    }

    public int getMaxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    public void setMaxFailuresPerAddress(int maxFailuresPerAddress) {
        this.maxFailuresPerAddress = maxFailuresPerAddress;
    }

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }
}
