package news.cms.app.desk.stories;

import jakarta.inject.Singleton;
import news.cms.app.desk.stories.StoryPages.When;
import news.cms.core.settings.CmsSettings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the newsroom reads them: in its zone ({@code CMS_TIMEZONE}), to the minute. */
@Singleton
class NewsroomTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    NewsroomTime(CmsSettings settings) {
        this.zone = settings.zone();
    }

    /** The time for a page, or null for none. */
    When of(Instant instant) {
        if (instant == null) {
            return null;
        }
        return new When(instant.toString(), SHOWN.format(instant.atZone(zone)));
    }

    /** The zone's name, said once per page ("Times are in Europe/Berlin"). */
    String zoneName() {
        return zone.getId();
    }
}
