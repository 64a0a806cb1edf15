package news.cms.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the database keeps them: whole microseconds since the epoch in a {@code BIGINT}. No
 * zone is involved and no JDBC driver converts anything, so H2, MySQL and MariaDB store exactly the
 * same value. (MySQL Connector/J drops the fraction of a bound date-time when the server is MariaDB:
 * it reads MariaDB's {@code 5.5.5-} version prefix as MySQL 5.5, which had no fractional seconds.)
 */
public final class UtcTime {

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private UtcTime() {
    }

    /** Now, at the precision the database keeps, so a value read back equals the value written. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Computed from seconds, not through nanoseconds, which would overflow after the year 2262. */
    public static Long toRow(Instant instant) {
        return instant == null ? null
                : Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1000);
    }

    public static Instant fromRow(Long micros) {
        return micros == null ? null
                : Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1000L);
    }
}
