package news.cms.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins per username and per client address. Past the limit, that username or
 * address is refused for the configured window, whatever password it tries. In memory: a restart
 * forgets, and each server of a cluster counts on its own.
 */
@Singleton
class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final LoginThrottleConfiguration config;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    LoginThrottle(LoginThrottleConfiguration config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().expireAfterWrite(config.getWindow()).maximumSize(100_000).build();
    }

    /** How long to wait before trying again, when either the username or the address is locked out. */
    Optional<Duration> lockedOut(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(userKey(username)), lockedUntil(addressKey(address)));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String username, String address) {
        count(userKey(username), config.getMaxFailuresPerUsername());
        count(addressKey(address), config.getMaxFailuresPerAddress());
    }

    /** A correct password clears the username's count; the address's count stays (it may be spraying). */
    void succeeded(String username) {
        failures.invalidate(userKey(username));
    }

    private void count(String key, int max) {
        failures.asMap().compute(key, (k, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            Instant lockedUntil = count >= max ? clock.instant().plus(config.getWindow()) : null;
            return new Failures(count, lockedUntil);
        });
    }

    private Instant lockedUntil(String key) {
        Failures f = failures.getIfPresent(key);
        return f == null ? null : f.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }
}
