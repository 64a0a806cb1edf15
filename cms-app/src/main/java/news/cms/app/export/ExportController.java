package news.cms.app.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;
import news.cms.publishing.site.BaseUrl;

import java.net.URI;

/** {@code /api/export}: admins export the public site as static files, in the background. */
@Controller("/api/export")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Export")
@SecurityRequirement(name = "bearer")
class ExportController {

    /** What to export: everything (the default), or only what changed since the last export. */
    @Serdeable
    record Order(@Nullable Boolean incremental) {
    }

    private final ExportJobs jobs;
    private final BaseUrl baseUrl;

    ExportController(ExportJobs jobs, BaseUrl baseUrl) {
        this.jobs = jobs;
        this.baseUrl = baseUrl;
    }

    @Post
    @Operation(summary = "Export the public site as static files",
            description = "Starts an export in the background into the server's export directory (CMS_EXPORT_DIR, "
                    + "default <data dir>/site), which becomes a link to the new files once they are complete. "
                    + "With incremental, only what changed since the last export is rewritten. Follow it with "
                    + "GET /api/export/{id}. One export at a time. Absolute links use CMS_BASE_URL, or this "
                    + "server's own address when it is not set, as the live pages do.")
    @ApiResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(implementation = ExportJob.View.class)))
    @ApiResponse(responseCode = "409", description = "An export is running",
            content = @Content(mediaType = "application/problem+json"))
    HttpResponse<ExportJob.View> start(@Parameter(hidden = true) Actor actor, @Nullable @Body Order order,
                                       HttpRequest<?> request) {
        ExportJob job = jobs.start(actor, order != null && Boolean.TRUE.equals(order.incremental()),
                baseUrl.of(request));
        return HttpResponse.accepted(URI.create("/api/export/" + job.id())).body(job.view());
    }

    @Get("/{id}")
    @Operation(summary = "An export's progress",
            description = "RUNNING with stories done of the total, then SUCCEEDED, or FAILED with the error; "
                    + "the last 20 exports since the server started.")
    ExportJob.View get(String id) {
        return jobs.get(id).view();
    }
}
