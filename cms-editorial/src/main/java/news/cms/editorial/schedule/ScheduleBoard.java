package news.cms.editorial.schedule;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import news.cms.core.schedule.ScheduleMiss;
import news.cms.core.schedule.ScheduleMisses;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The schedule board, for the API ({@code GET /api/schedule}) and the desk alike: what goes out
 * next, soonest first, and the schedules met late ({@code cms.schedule.missed-shown-for} back).
 */
@Singleton
public class ScheduleBoard {

    /** At most this many upcoming schedules are shown. */
    static final int SHOWN = 200;

    /** A scheduled story: its id, headline, section's slug and when it goes live. */
    @Serdeable
    public record Upcoming(long id, String headline, String section, Instant scheduledAt) {
    }

    @Serdeable
    public record Board(List<Upcoming> upcoming, List<ScheduleMiss> missed) {
    }

    private final StoryStore stories;
    private final ScheduleMisses misses;
    private final ScheduleSettings settings;
    private final Clock clock;

    ScheduleBoard(StoryStore stories, ScheduleMisses misses, ScheduleSettings settings, Clock clock) {
        this.stories = stories;
        this.misses = misses;
        this.settings = settings;
        this.clock = clock;
    }

    public Board now() {
        List<Upcoming> upcoming = stories.scheduled(SHOWN).stream()
                .map((Story s) -> new Upcoming(s.id(), s.headline(), s.section(), s.scheduledAt()))
                .toList();
        return new Board(upcoming, misses.since(clock.instant().minus(settings.getMissedShownFor())));
    }

    /** The stories these misses name, by id, to show their headlines. */
    public Map<Long, Story> storiesOf(Collection<ScheduleMiss> missed) {
        List<Long> ids = missed.stream().map(ScheduleMiss::storyId).distinct().toList();
        return stories.findAll(ids).stream().collect(Collectors.toMap(Story::id, Function.identity()));
    }
}
