package news.cms.publishing.listing;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import news.cms.core.story.Listing;
import news.cms.core.story.ListingKey;
import news.cms.core.story.PublishedStories;
import news.cms.publishing.cache.ChangeAwareCache;
import news.cms.publishing.cache.SiteChanged;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each page of a listing starts, so page N is one keyset read rather than a scan of N pages.
 * The boundaries of a listing are computed from its index alone and kept until a change alters that
 * listing (a story published, corrected, unpublished or moved); at most a minute as a safety net for
 * changes made by another server.
 */
@Singleton
public class PageBoundaries {

    /** The keys that end pages 1, 2, 3… of one listing, and how many stories it has. */
    record Boundaries(List<ListingKey> pageEnds, int stories) {
    }

    private final PublishedStories published;
    private final Clock clock;
    /** By the listing's first-page path, the name {@link SiteChanged} uses. */
    private final ChangeAwareCache<String, Boundaries> cache = new ChangeAwareCache<>(Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build());

    PageBoundaries(PublishedStories published, Clock clock) {
        this.published = published;
        this.clock = clock;
    }

    Boundaries of(String path, Listing listing, int pageSize) {
        return cache.get(path, p -> compute(listing, pageSize));
    }

    @EventListener
    void onChange(SiteChanged change) {
        cache.invalidateIf((path, boundaries) -> change.everything() || change.listings().contains(path));
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
