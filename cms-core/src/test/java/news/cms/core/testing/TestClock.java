package news.cms.core.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests, for every module: it stands still until a test moves it, so "two minutes
 * later" takes no time at all. Replaces the {@code Clock} of {@code ClockFactory} only in contexts
 * started with {@code test.clock=true} (for example {@code WorkflowFixture.properties()} in cms-editorial).
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "test.clock", value = "true")
public class TestClock extends Clock {

    /** Where every test context's time starts: far from the real time, so a stray system clock shows. */
    public static final Instant START = Instant.parse("2031-03-14T06:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /** Moves the time forward (or back, with a negative duration); returns the new time. */
    public Instant advance(Duration by) {
        return now.updateAndGet(t -> t.plus(by));
    }

    public void set(Instant instant) {
        now.set(instant);
    }
}
