package news.cms.core.story;

import java.time.Instant;

/**
 * What a sitemap needs of a live story, and no more: where it lives (its stored address), when it
 * was published (its place in the site's order) and when it last changed. Read straight from the
 * story table, without bodies or bylines.
 */
public record StoryAddress(long id, String address, Instant publishedAt, Instant updatedAt) {

    public ListingKey key() {
        return new ListingKey(publishedAt, id);
    }
}
