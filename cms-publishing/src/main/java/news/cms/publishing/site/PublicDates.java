package news.cms.publishing.site;

import jakarta.inject.Singleton;
import news.cms.core.settings.CmsSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them: "September 16, 2024", in the newsroom's time zone ({@code CMS_TIMEZONE}). */
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

    /** The story's URL: {@code /{yyyy}/{mm}/{slug}} by its publish date in the newsroom's zone. */
    public String articlePath(Instant publishedAt, String slug) {
        ZonedDateTime at = publishedAt.atZone(zone);
        int month = at.getMonthValue();
        // built by hand: String.format costs more than the rest of a listing entry (the export makes 50,000s)
        return "/" + at.getYear() + (month < 10 ? "/0" : "/") + month + "/" + slug;
    }
}
