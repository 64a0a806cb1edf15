package news.cms.editorial.schedule;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStore;
import news.cms.core.time.UtcTime;
import news.cms.editorial.workflow.StoryWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Publishes scheduled stories when their time comes. It looks every {@code cms.schedule.poll}
 * (250 ms), so a story goes live within a quarter second of its time; the first look happens as the
 * server starts, so stories whose time passed while it was down go out at once, with their intended
 * publish time, and count as missed schedules. Several servers may run this against one database:
 * each story is claimed by a version-checked update, so exactly one of them publishes it.
 *
 * <p>Created with the application ({@code @Context}) rather than on the first poll, so a poll that
 * fires as the server stops finds it made and never re-creates the database connection pool on the
 * way out.
 */
@Context
public class SchedulePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulePublisher.class);
    private static final int BATCH = 100;

    private final StoryStore stories;
    private final StoryWorkflow workflow;
    private final ScheduleSettings settings;
    private final Clock clock;

    SchedulePublisher(StoryStore stories, StoryWorkflow workflow, ScheduleSettings settings, Clock clock) {
        this.stories = stories;
        this.workflow = workflow;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many stories this call published */
    @Scheduled(fixedDelay = "${cms.schedule.poll:250ms}", initialDelay = "0s")
    public int publishDue() {
        int published = 0;
        List<Long> due = stories.dueForPublication(UtcTime.now(clock), BATCH);
        for (long id : due) {
            try {
                Optional<Story> story = workflow.publishIfDue(id, settings.getAllowedLateness());
                if (story.isPresent()) {
                    published++;
                    LOG.info("Published story {} '{}' on schedule", id, story.get().headline());
                }
            } catch (RuntimeException e) {
                // one story's failure must not hold back the others; it is retried on the next look
                LOG.error("Could not publish scheduled story {}; will retry", id, e);
            }
        }
        return published;
    }
}
