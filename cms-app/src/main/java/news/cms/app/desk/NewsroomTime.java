package news.cms.app.desk;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import news.cms.core.error.InvalidInputException;
import news.cms.core.settings.CmsSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Times on the desk: shown and entered in the newsroom's zone ({@code CMS_TIMEZONE}), to the minute,
 * whatever the zone of the browser or the server.
 */
@Singleton
public class NewsroomTime {

    /** A time on a page: as the newsroom reads it, and as ISO 8601 for {@code <time datetime>}. */
    public record When(String text, String iso) {
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    NewsroomTime(CmsSettings settings) {
        this.zone = settings.zone();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone's name, such as {@code Europe/London}. */
    public String zoneName() {
        return zone.getId();
    }

    /** "25 November 2026, 09:00", or null for no time. */
    public When when(@Nullable Instant instant) {
        return instant == null ? null
                // to the second in datetime: HTML allows at most three fraction digits, and the desk shows minutes
                : new When(SHOWN.format(instant.atZone(zone)),
                        instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime().toString());
    }

    /** "25 November 2026, 09:00 (Europe/London)". */
    public String withZone(Instant instant) {
        return SHOWN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /**
     * The instant of a date ({@code 2026-11-25}) and a time of day ({@code 09:00}) in the newsroom's
     * zone, as the browser's date and time inputs send them. A time that the clocks skip is moved
     * forward by the gap; a time they pass twice is the first.
     *
     * @param field the form's name for the pair, for the error
     */
    public Instant parse(String field, @Nullable String date, @Nullable String time) {
        if (date == null || date.isBlank() || time == null || time.isBlank()) {
            throw new InvalidInputException(field, "needs both a date and a time");
        }
        try {
            return LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date such as 2026-11-25 and a time such as 09:00");
        }
    }

    /** "2 minutes", "3 hours 5 minutes", "4 days 2 hours": how late, to the minute (seconds when under one). */
    public static String length(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return plural(seconds, "second");
        }
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
        }
        return plural(minutes, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
