package news.cms.plugin.api.story;

import java.time.Instant;
import java.util.List;

/**
 * A read-only copy of a story as it is now. Changing it changes nothing in the CMS.
 *
 * @param body        Markdown
 * @param section     the section's slug
 * @param tags        the tags' names
 * @param language    a language tag such as {@code en}
 * @param publishedAt when it went (or goes) live; null when it never was
 */
public record StoryView(long id, String slug, String headline, String dek, String body, String section,
                        List<BylineView> bylines, List<String> tags, String language, StoryStatus status,
                        Instant createdAt, Instant updatedAt, Instant publishedAt) {

    public StoryView {
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
