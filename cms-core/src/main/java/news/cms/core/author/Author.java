package news.cms.core.author;

import io.micronaut.core.annotation.Nullable;

/**
 * A byline: a staff member's profile (with {@code userId}) or a guest or agency credit without an
 * account. {@code photo} is a picture of the media library, shown beside the first byline on listings.
 */
public record Author(long id, String slug, String name, String bio, @Nullable Long userId, @Nullable Long photo) {
}
