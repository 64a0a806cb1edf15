package news.cms.editorial.schedule;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.schedule.ScheduleMiss;
import news.cms.core.schedule.ScheduleMisses;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStore;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/schedule}: what goes out next, and what went out late. */
@Controller("/api/schedule")
@Secured({"EDITOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Workflow")
@SecurityRequirement(name = "bearer")
public class ScheduleController {

    private static final int SHOWN = 200;

    @Serdeable
    record Upcoming(long id, String headline, String section, Instant scheduledAt) {
    }

    @Serdeable
    record Board(List<Upcoming> upcoming, List<ScheduleMiss> missed) {
    }

    private final StoryStore stories;
    private final ScheduleMisses misses;
    private final ScheduleSettings settings;
    private final Clock clock;

    ScheduleController(StoryStore stories, ScheduleMisses misses, ScheduleSettings settings, Clock clock) {
        this.stories = stories;
        this.misses = misses;
        this.settings = settings;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Upcoming and missed schedules",
            description = "Scheduled stories soonest first; schedules met late (the server was down), with how late.")
    Board board() {
        List<Upcoming> upcoming = stories.scheduled(SHOWN).stream()
                .map((Story s) -> new Upcoming(s.id(), s.headline(), s.section(), s.scheduledAt()))
                .toList();
        return new Board(upcoming, misses.since(clock.instant().minus(settings.getMissedShownFor())));
    }
}
