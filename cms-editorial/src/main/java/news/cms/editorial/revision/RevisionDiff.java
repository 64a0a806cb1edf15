package news.cms.editorial.revision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What changed between two revisions of one story: every top-level field of the snapshot whose value
 * differs, in the snapshot's field order. {@code version} and {@code updatedAt} differ between any two
 * revisions and are left out.
 *
 * @param from    the revision compared from
 * @param to      the revision compared to
 * @param changes the fields that differ; empty when the two revisions have the same content
 */
@Serdeable
public record RevisionDiff(long from, long to, List<Change> changes) {

    public RevisionDiff {
        changes = List.copyOf(changes);
    }

    /** The names of the changed fields, in order. */
    public List<String> fields() {
        return changes.stream().map(Change::field).toList();
    }

    /**
     * One field that differs, with its JSON value in each revision: a string, number, list, object or
     * {@code null} (also for a field a revision does not have, such as one added to stories since).
     */
    @Serdeable
    public record Change(String field,
                         @Nullable @Schema(description = BEFORE, implementation = Object.class, nullable = true)
                         JsonNode before,
                         @Nullable @Schema(description = AFTER, implementation = Object.class, nullable = true)
                         JsonNode after) {

        private static final String BEFORE = "the field's value in the revision compared from: any JSON value, "
                + "null when absent";
        private static final String AFTER = "the field's value in the revision compared to: any JSON value, "
                + "null when absent";
    }
}
