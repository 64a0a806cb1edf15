package news.cms.app.security;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** How many wrong passwords are tolerated before sign-in is refused for a while ({@code cms.login}). */
@ConfigurationProperties("cms.login")
public class LoginThrottleConfiguration {

    /** Failures for one username before it is locked out; guards against guessing one password. */
    private int maxFailuresPerUsername = 5;
    /** Failures from one client address before it is locked out; guards against spraying many names. */
    private int maxFailuresPerAddress = 20;
    /** Failures older than this are forgotten; a lock-out lasts this long. */
    private Duration window = Duration.ofMinutes(15);

    public int getMaxFailuresPerUsername() {
        return maxFailuresPerUsername;
    }

    public void setMaxFailuresPerUsername(int maxFailuresPerUsername) {
        this.maxFailuresPerUsername = maxFailuresPerUsername;
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
