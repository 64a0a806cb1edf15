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
 * @param createdBy   the username of the user who created it
 * @param address     its public path, such as {@code /2024/09/council-votes}: fixed when it is first
 *                    published, null until then (see {@link AddressRule})
 * @param corrections public correction notices, oldest first
 * @param notes       editors' notes to the reporter, oldest first (never public)
 * @param leadImage   its lead image, with the story's own alt text, caption and credit or else the
 *                    picture's, as readers see them; null when it has none
 */
@Serdeable
public record Story(long id, String slug, String headline, String dek, String body, String section,
                   @Nullable List<Byline> bylines, @Nullable List<String> tags, String language, StoryStatus status, long version,
                   String createdBy, Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt,
                   @Nullable Instant scheduledAt, @Nullable String address, @Nullable List<Correction> corrections,
                   @Nullable List<EditorNote> notes, @Nullable LeadImage leadImage) {

    /** Absent lists are empty: revisions written before a field existed still read back. */
    public Story {
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
        tags = tags == null ? List.of() : List.copyOf(tags);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public boolean hasByline(String authorSlug) {
        return bylines.stream().anyMatch(byline -> byline.slug().equals(authorSlug));
    }
}
