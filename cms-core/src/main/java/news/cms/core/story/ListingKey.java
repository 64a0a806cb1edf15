package news.cms.core.story;

import java.time.Instant;

/**
 * A story's place in every public list: newest publish time first, ties broken by the higher id,
 * so the order is total and stable. A page starts strictly after the key of the previous page's
 * last story (keyset pagination: page 1,000 costs what page 1 costs).
 */
public record ListingKey(Instant publishedAt, long id) {
}
