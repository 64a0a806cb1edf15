package news.cms.search.index;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import news.cms.core.change.Change;
import news.cms.core.change.ChangeFeed;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStore;
import news.cms.search.SearchSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the index in step with the database: every {@code cms.search.poll} (100 ms) it reads the
 * change feed past its position (and the gaps it is still waiting for), indexes each changed story as
 * it is now, and commits the index with its new position. At start it catches up from the position in
 * the index, or builds the index when there is none. Off in the command line's contexts
 * ({@code cms.search.indexer=false}), where {@code reindex} does the work.
 */
@Singleton
class Indexer {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    /** Changes read at a time. */
    private static final int BATCH = 1_000;

    private final SearchIndex index;
    private final ChangeFeed feed;
    private final StoryStore stories;
    private final SearchSettings settings;
    private final Clock clock;

    Indexer(SearchIndex index, ChangeFeed feed, StoryStore stories, SearchSettings settings, Clock clock) {
        this.index = index;
        this.feed = feed;
        this.stories = stories;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${cms.search.poll:100ms}", initialDelay = "0s")
    void tail() {
        if (!settings.isIndexer()) {
            return;
        }
        try {
            index.openOrRebuild();
            while (applyNext()) {
                // a long feed (after a pause or a restart) is read batch after batch
            }
        } catch (RuntimeException e) {
            LOG.warn("The search index could not follow the change feed; it tries again: {}", e.getMessage());
        }
    }

    /** Applies the next batch of changes; whether there may be more. */
    private boolean applyNext() {
        FeedPosition position = index.position();
        if (position == null) {
            return false;
        }
        Instant now = clock.instant();
        position.expire(now.minus(settings.getGapWait()));
        List<Change> changes = new ArrayList<>(feed.after(position.last(), BATCH));
        Set<Long> gaps = position.gaps();
        if (!gaps.isEmpty()) {
            changes.addAll(feed.withIds(gaps));
        }
        if (changes.isEmpty()) {
            return false;
        }
        Set<Long> storyIds = changes.stream().filter(change -> change.kind() == Change.Kind.STORY)
                .map(Change::storyId).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Story> current = stories.findAll(List.copyOf(storyIds));
        position.saw(changes.stream().map(Change::id).collect(Collectors.toSet()), now);
        index.apply(current, SearchIndex.missing(storyIds, current), position);
        return changes.size() >= BATCH;
    }
}
