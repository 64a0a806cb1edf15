package news.cms.publishing.site;

import jakarta.inject.Singleton;
import news.cms.core.settings.CmsSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    public String day(Instant instant) {
        return DAY.format(instant.atZone(zone));
    }

    /** The site's current date, for the page header. */
    public String today() {
        return day(clock.instant());
    }
}
