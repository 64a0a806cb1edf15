package news.cms.editorial.workflow;

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
import news.cms.core.story.EditorNote;
import news.cms.core.story.Story;
import news.cms.editorial.story.StoryDesk;

import java.util.List;

/**
 * {@code POST /api/stories/{id}/<action>}: each answers the story as the action left it. Roles and
 * states are checked by {@link StoryWorkflow}, so the desk and the scheduler behave the same.
 */
@Controller("/api/stories/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Workflow")
@SecurityRequirement(name = "bearer")
public class WorkflowController {

    private final StoryWorkflow workflow;
    private final StoryDesk desk;

    WorkflowController(StoryWorkflow workflow, StoryDesk desk) {
        this.workflow = workflow;
        this.desk = desk;
    }

    @Post("/submit")
    @Operation(summary = "Submit for review", description = "DRAFT → SUBMITTED; its reporter or an editor.")
    Story submit(@Parameter(hidden = true) Actor actor, long id, @Nullable @Body WorkflowRequests.Plain body) {
        return workflow.submit(actor, id, body == null ? null : body.version());
    }

    @Post("/return")
    @Operation(summary = "Return to the reporter with a note", description = "SUBMITTED, APPROVED → DRAFT; editors.")
    Story returnToReporter(@Parameter(hidden = true) Actor actor, long id, @Body WorkflowRequests.Return body) {
        return workflow.returnToReporter(actor, id, body.note(), body.version());
    }

    @Post("/approve")
    @Operation(summary = "Approve", description = "SUBMITTED → APPROVED; editors.")
    Story approve(@Parameter(hidden = true) Actor actor, long id, @Nullable @Body WorkflowRequests.Plain body) {
        return workflow.approve(actor, id, body == null ? null : body.version());
    }

    @Post("/schedule")
    @Operation(summary = "Schedule", description = "DRAFT, SUBMITTED, APPROVED → SCHEDULED at a future publishAt; editors.")
    Story schedule(@Parameter(hidden = true) Actor actor, long id, @Body WorkflowRequests.Schedule body) {
        return workflow.schedule(actor, id, body.publishAt(), body.version());
    }

    @Post("/unschedule")
    @Operation(summary = "Unschedule", description = "SCHEDULED → APPROVED; editors.")
    Story unschedule(@Parameter(hidden = true) Actor actor, long id, @Nullable @Body WorkflowRequests.Plain body) {
        return workflow.unschedule(actor, id, body == null ? null : body.version());
    }

    @Post("/publish")
    @Operation(summary = "Publish", description = "Any state before PUBLISHED, or UNPUBLISHED → PUBLISHED; a past publishedAt back-dates.")
    Story publish(@Parameter(hidden = true) Actor actor, long id, @Nullable @Body WorkflowRequests.Publish body) {
        return workflow.publish(actor, id, body == null ? null : body.publishedAt(), body == null ? null : body.version());
    }

    @Post("/unpublish")
    @Operation(summary = "Unpublish", description = "PUBLISHED → UNPUBLISHED with a reason; gone from every public output.")
    Story unpublish(@Parameter(hidden = true) Actor actor, long id, @Body WorkflowRequests.Unpublish body) {
        return workflow.unpublish(actor, id, body.reason(), body.version());
    }

    @Post("/correct")
    @Operation(summary = "Correct a published story", description = "A public correction notice, optional new content, the version read.")
    Story correct(@Parameter(hidden = true) Actor actor, long id, @Body WorkflowRequests.Correct body) {
        return workflow.correct(actor, id, body.note(), body.content(), body.version());
    }

    @Get("/notes")
    @Operation(summary = "The editors' notes to the reporter", description = "Its reporter and editors.")
    List<EditorNote> notes(@Parameter(hidden = true) Actor actor, long id) {
        return desk.get(actor, id).notes();
    }
}
