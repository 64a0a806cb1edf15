package news.cms.editorial.revision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The JSON bodies of the revision endpoints. */
final class RevisionRequests {

    private RevisionRequests() {
    }

    /**
     * {@code POST /api/stories/{id}/revisions/{n}/restore}: optionally the story version the editor
     * read; when given and no longer current, the restore is refused with 409.
     */
    @Serdeable
    record Restore(@Nullable Long version) {
    }
}
