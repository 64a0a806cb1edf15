package news.cms.core.story;

import jakarta.inject.Singleton;
import news.cms.core.settings.CmsSettings;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * The newsroom's rule for a story's address: {@code /{yyyy}/{mm}/{slug}}, by its publish time in the
 * newsroom's zone ({@code CMS_TIMEZONE}). {@link StoryStore} applies it once, when a story is first
 * published, and keeps the result; after that the stored address is the story's, and neither a
 * back-date nor another zone moves it. Others ask the rule only for what a story's address would be
 * (a preview) or would have been (the addresses the site gave before they were stored).
 */
@Singleton
public class AddressRule {

    private final CmsSettings settings;

    AddressRule(CmsSettings settings) {
        this.settings = settings;
    }

    /** The address a story published at {@code publishedAt} gets under today's setting. */
    public String addressOf(Instant publishedAt, String slug) {
        ZonedDateTime at = publishedAt.atZone(settings.zone());
        int month = at.getMonthValue();
        // built by hand: String.format costs more than the rest of a listing entry (the export makes 50,000s)
        return "/" + at.getYear() + (month < 10 ? "/0" : "/") + month + "/" + slug;
    }

    /** The same year and month with another slug: where a story goes when its slug changes. */
    static String withSlug(String address, String slug) {
        return address.substring(0, address.lastIndexOf('/') + 1) + slug;
    }
}
