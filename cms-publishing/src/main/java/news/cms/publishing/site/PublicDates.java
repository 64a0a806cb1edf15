package news.cms.publishing.site;

import jakarta.inject.Singleton;
import news.cms.core.settings.CmsSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates as readers see them: "September 16, 2024", in the newsroom's time zone ({@code CMS_TIMEZONE}).
 * A story's address is not a date shown: it is stored with the story (core's {@code AddressRule}).
 */
@Singleton
public class PublicDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final ZoneId zone;
    private final Clock clock;

    PublicDates(CmsSettings settings, Clock clock) {
        this.zone = settings.zone();
        this.clock = clock;
    }

    /**
     * A date as readers see it ("September 16, 2024") and as machines read it ({@code 2024-09-16}, the
     * {@code datetime} of a {@code <time>} element, which HTML requires when the text is not itself a
     * valid date).
     */
    public record Day(String text, String iso) {
    }

    public Day day(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        return new Day(DAY.format(at), at.toLocalDate().toString());
    }

    /** The site's current date, for the page header. */
    public Day today() {
        return day(clock.instant());
    }

    /** An instant for a {@code datetime} attribute: to the second, since HTML allows at most three fraction digits. */
    public static String machineTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
