package news.cms.publishing.listing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import news.cms.core.story.Listing;
import news.cms.core.story.ListingKey;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.StoryTransitioned;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each page of a listing starts, so page N is one keyset read rather than a scan of N pages.
 * The boundaries of a listing are computed from its index alone, kept until the workflow moves any
 * story (publish, correct, unpublish, a schedule firing), and at most a minute as a safety net.
 */
@Singleton
public class PageBoundaries {

    /** The keys that end pages 1, 2, 3… of one listing, and how many stories it has. */
    record Boundaries(List<ListingKey> pageEnds, int stories) {
    }

    private final PublishedStories published;
    private final Clock clock;
    private final Cache<Listing, Boundaries> cache = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    PageBoundaries(PublishedStories published, Clock clock) {
        this.published = published;
        this.clock = clock;
    }

    Boundaries of(Listing listing, int pageSize) {
        return cache.get(listing, l -> compute(l, pageSize));
    }

    /** After the commit, so a reader never caches the state from before the change. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onTransition(StoryTransitioned event) {
        cache.invalidateAll();
    }

    private Boundaries compute(Listing listing, int pageSize) {
        List<ListingKey> keys = published.keys(listing, null, Integer.MAX_VALUE, clock.instant());
        List<ListingKey> ends = new ArrayList<>();
        for (int i = pageSize - 1; i < keys.size(); i += pageSize) {
            ends.add(keys.get(i));
        }
        return new Boundaries(List.copyOf(ends), keys.size());
    }
}
