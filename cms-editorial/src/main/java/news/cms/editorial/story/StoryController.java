package news.cms.editorial.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;
import news.cms.core.error.InvalidInputException;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStatus;

import java.net.URI;

/** The newsroom's story API: any signed-in user; {@link StoryAccess} decides per story. */
@Controller("/api/stories")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stories")
@SecurityRequirement(name = "bearer")
public class StoryController {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final StoryDesk desk;

    StoryController(StoryDesk desk) {
        this.desk = desk;
    }

    @Post
    @Operation(summary = "Create a draft", description = "Any role. With no bylines, the writer's own byline.")
    HttpResponse<Story> create(@Parameter(hidden = true) Actor actor, @Body StoryRequests.NewStory story) {
        Story created = desk.create(actor, story.content());
        return HttpResponse.created(created, URI.create("/api/stories/" + created.id()));
    }

    @Get("/{id}")
    @Operation(summary = "Read a story", description = "Reporters only their own or co-bylined stories.")
    Story get(@Parameter(hidden = true) Actor actor, long id) {
        return desk.get(actor, id);
    }

    @Put("/{id}")
    @Operation(summary = "Save a story", description = "Send the version you read; a stale version answers 409 and nothing is overwritten.")
    Story update(@Parameter(hidden = true) Actor actor, long id, @Body StoryRequests.StoryEdit edit) {
        if (edit.version() == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        return desk.update(actor, id, edit.version(), edit.content());
    }

    @Get
    @Operation(summary = "List stories", description = "Most recently changed first. Reporters see only their own.")
    ResultPage<Story> list(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue StoryStatus status, @Nullable @QueryValue String section,
                           @Nullable @QueryValue String author, @Nullable @QueryValue Boolean mine,
                           @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return desk.list(actor, status, section, author, Boolean.TRUE.equals(mine),
                PageRequest.of(page, size, DEFAULT_PAGE_SIZE));
    }
}
