package news.cms.editorial.schedule;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/schedule}: what goes out next, and what went out late. */
@Controller("/api/schedule")
@Secured({"EDITOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Workflow")
@SecurityRequirement(name = "bearer")
public class ScheduleController {

    private final ScheduleBoard board;

    ScheduleController(ScheduleBoard board) {
        this.board = board;
    }

    @Get
    @Operation(summary = "Upcoming and missed schedules",
            description = "Scheduled stories soonest first; schedules met late (the server was down), with how late.")
    ScheduleBoard.Board board() {
        return board.now();
    }
}
