package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A story as the newsroom sees it: every field, bylines and tags included. It is also what a
 * revision keeps as its snapshot.
 *
 * @param section   the section's slug
 * @param tags      the tags' names
 * @param createdBy the username of the user who created it
 */
@Serdeable
public record Story(long id, String slug, String headline, String dek, String body, String section,
                   List<Byline> bylines, List<String> tags, String language, StoryStatus status, long version,
                   String createdBy, Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt,
                   @Nullable Instant scheduledAt) {

    public Story {
        bylines = List.copyOf(bylines);
        tags = List.copyOf(tags);
    }

    public boolean hasByline(String authorSlug) {
        return bylines.stream().anyMatch(byline -> byline.slug().equals(authorSlug));
    }
}
