package news.cms.editorial.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import news.cms.core.story.StoryContent;
import news.cms.editorial.story.BylineEntry;

import java.time.Instant;
import java.util.List;

/**
 * The JSON bodies of the workflow actions. Each action takes only its own fields; {@code version}
 * is optional (the action is refused with 409 when it is given and stale) except for corrections.
 */
final class WorkflowRequests {

    private WorkflowRequests() {
    }

    /** submit, approve, unschedule. */
    @Serdeable
    record Plain(@Nullable Long version) {
    }

    /** return. */
    @Serdeable
    record Return(@Nullable String note, @Nullable Long version) {
    }

    @Serdeable
    record Schedule(@Nullable Instant publishAt, @Nullable Long version) {
    }

    @Serdeable
    record Publish(@Nullable Instant publishedAt, @Nullable Long version) {
    }

    @Serdeable
    record Unpublish(@Nullable String reason, @Nullable Long version) {
    }

    /** correct: the note, the version read, and optionally the story's full editable fields. */
    @Serdeable
    record Correct(@Nullable String note, @Nullable Long version, @Nullable String headline, @Nullable String dek,
                   @Nullable String body, @Nullable String section, @Nullable List<BylineEntry> bylines,
                   @Nullable List<String> tags, @Nullable String language) {

        /** The new content, or null when the correction only adds a notice. */
        StoryContent content() {
            boolean anyContent = headline != null || dek != null || body != null || section != null
                    || bylines != null || tags != null || language != null;
            return anyContent ? new StoryContent(headline, dek, body, section, BylineEntry.slugs(bylines), tags, language,
                    BylineEntry.credits(bylines)) : null;
        }
    }
}
