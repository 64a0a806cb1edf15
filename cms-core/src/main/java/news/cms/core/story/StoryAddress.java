package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What a sitemap needs of a live story, and no more: where it lives (its stored address), when it
 * was published (its place in the site's order), when it last changed and which picture leads it
 * (a sitemap names it). Read straight from the story table, without bodies or bylines.
 *
 * @param leadImage the lead image's media id, or null
 */
public record StoryAddress(long id, String address, Instant publishedAt, Instant updatedAt, @Nullable Long leadImage) {

    public ListingKey key() {
        return new ListingKey(publishedAt, id);
    }
}
