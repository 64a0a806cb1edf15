package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import news.cms.core.author.Author;
import news.cms.core.section.Section;
import news.cms.core.tag.Tag;

import java.time.Instant;
import java.util.List;

/**
 * What {@link StoryStore} writes for a story: valid content with its references resolved, and the
 * workflow fields. The store adds the id, version and creation fields.
 */
public record StoryState(String slug, String headline, String dek, String body, Section section,
                         List<Author> bylines, List<Tag> tags, String language, StoryStatus status,
                         Instant updatedAt, @Nullable Instant publishedAt, @Nullable Instant scheduledAt) {

    public StoryState {
        bylines = List.copyOf(bylines);
        tags = List.copyOf(tags);
    }

    /** The publish time that public listings index: only while the story is live. */
    @Nullable
    Instant listedAt() {
        return status == StoryStatus.PUBLISHED ? publishedAt : null;
    }
}
