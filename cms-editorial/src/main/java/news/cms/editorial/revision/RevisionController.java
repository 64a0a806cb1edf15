package news.cms.editorial.revision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;
import news.cms.core.revision.Revision;
import news.cms.core.revision.RevisionSummary;
import news.cms.core.story.Story;

import java.util.List;

/** A story's history: whoever may read the story may read its revisions; only editors restore one. */
@Controller("/api/stories/{id}/revisions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stories")
@SecurityRequirement(name = "bearer")
public class RevisionController {

    private final RevisionDesk desk;

    RevisionController(RevisionDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "List a story's revisions", description = "Newest first; a revision's number is the story version it captured.")
    List<RevisionSummary> list(@Parameter(hidden = true) Actor actor, long id) {
        return desk.list(actor, id);
    }

    @Get("/{n}")
    @Operation(summary = "Read a revision", description = "The story exactly as it was at that version, bylines and tags included.")
    Revision get(@Parameter(hidden = true) Actor actor, long id, long n) {
        return desk.get(actor, id, n);
    }

    @Get("/{a}/diff/{b}")
    @Operation(summary = "Compare two revisions", description = "Every field whose value differs from revision a to revision b; version and updatedAt are left out.")
    RevisionDiff diff(@Parameter(hidden = true) Actor actor, long id, long a, long b) {
        return desk.diff(actor, id, a, b);
    }

    @Post("/{n}/restore")
    @Operation(summary = "Restore a revision", description = "Editors. Saves the revision's content (headline, dek, body, section, bylines, tags, language) as a new version; status, publish times and a published URL stay. Send the version you read to have a stale one refused with 409.")
    Story restore(@Parameter(hidden = true) Actor actor, long id, long n, @Nullable @Body RevisionRequests.Restore restore) {
        return desk.restore(actor, id, n, restore == null ? null : restore.version());
    }
}
