package news.cms.core.story;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The rows that hang off stories, read for many stories at once, and other narrow reads of the story table. */
final class StoryLinks {

    private StoryLinks() {
    }

    @Introspected
    record BylineLink(long storyId, int position, String slug, String name, @Nullable String credit) {
    }

    @Introspected
    record TagLink(long storyId, int position, String name) {
    }

    @Introspected
    record SectionLink(long id, String slug) {
    }

    @Introspected
    record CreatorLink(long id, String username) {
    }

    @Introspected
    record CorrectionLink(long storyId, long createdAt, String note) {
    }

    @Introspected
    record Unaddressed(long id, String slug, long publishedAt) {
    }

    @Introspected
    record NoteLink(long storyId, long createdAt, String username, String text) {
    }

    @Introspected
    record Titled(long id, String headline) {
    }

    @Introspected
    record LeadLink(long storyId, long mediaId, @Nullable String alt, @Nullable String caption, @Nullable String credit) {

        LeadImage toLeadImage() {
            return new LeadImage(mediaId, alt, caption, credit);
        }
    }
}
