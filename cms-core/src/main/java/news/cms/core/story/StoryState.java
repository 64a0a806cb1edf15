package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import news.cms.core.author.Author;
import news.cms.core.section.Section;
import news.cms.core.tag.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@link StoryStore} writes for a story: valid content with its references resolved, and the
 * workflow fields. The store adds the id, version and creation fields.
 *
 * @param credits   the credit of a byline, by author slug; bylines without one are authors
 * @param leadImage the lead image as the story itself describes it, or null
 */
public record StoryState(String slug, String headline, String dek, String body, Section section,
                         List<Author> bylines, List<Tag> tags, String language, StoryStatus status,
                         Instant updatedAt, @Nullable Instant publishedAt, @Nullable Instant scheduledAt,
                         Map<String, String> credits, @Nullable LeadImage leadImage) {

    public StoryState {
        bylines = List.copyOf(bylines);
        tags = List.copyOf(tags);
        credits = credits == null ? Map.of() : Map.copyOf(credits);
    }

    /** A state whose bylines carry no credits. */
    public StoryState(String slug, String headline, String dek, String body, Section section, List<Author> bylines,
                      List<Tag> tags, String language, StoryStatus status, Instant updatedAt,
                      @Nullable Instant publishedAt, @Nullable Instant scheduledAt) {
        this(slug, headline, dek, body, section, bylines, tags, language, status, updatedAt, publishedAt, scheduledAt,
                Map.of(), null);
    }

    /** The publish time that public listings index: only while the story is live. */
    @Nullable
    Instant listedAt() {
        return status == StoryStatus.PUBLISHED ? publishedAt : null;
    }
}
