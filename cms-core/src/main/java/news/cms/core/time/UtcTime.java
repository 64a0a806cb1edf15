package news.cms.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the database keeps them: UTC wall-clock time in {@code DATETIME(6)}, with microsecond
 * precision. Rows hold {@link LocalDateTime} so that no JDBC driver ever shifts a time by the JVM's
 * or the server's zone.
 */
public final class UtcTime {

    private UtcTime() {
    }

    /** Now, at the precision the database keeps, so a value read back equals the value written. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDateTime toRow(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    public static Instant fromRow(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
