package news.cms.app.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.audit.AuditEvent;
import news.cms.core.audit.AuditLog;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;

import java.time.Instant;

/** {@code GET /api/audit}: who did what, when, from which state to which. */
@Controller("/api/audit")
@Secured({"EDITOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
class AuditController {

    private static final int DEFAULT_PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Get
    @Operation(summary = "The audit trail, newest first",
            description = "Filter by story id, username and a time range [from, to); paged.")
    ResultPage<AuditEvent> search(@Nullable @QueryValue Long story, @Nullable @QueryValue String user,
                                  @Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to,
                                  @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return audit.search(story, user, from, to, PageRequest.of(page, size, DEFAULT_PAGE_SIZE));
    }
}
