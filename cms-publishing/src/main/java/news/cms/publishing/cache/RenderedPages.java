package news.cms.publishing.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.micronaut.cache.SyncCache;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import news.cms.publishing.site.SiteSettings;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rendered public pages kept in memory (the {@code public-pages} cache, Caffeine through Micronaut
 * Cache, bounded by bytes), dropped precisely when a committed change alters what they show, so a
 * reader gets the new state on the next request. {@code cms.site.page-cache: false} turns it off.
 */
@Singleton
public class RenderedPages {

    /**
     * A page as one reader asked for it: the path, the absolute URL it links with, and the day in
     * its header (so no page shows yesterday's date after midnight).
     */
    public record PageKey(String path, String baseUrl, String today) {
    }

    static final String CACHE = "public-pages";

    private final ChangeAwareCache<PageKey, RenderedPage> pages;
    private final boolean enabled;

    @SuppressWarnings({"unchecked", "rawtypes"})
    RenderedPages(@Named(CACHE) SyncCache<Cache<Object, Object>> cache, SiteSettings site) {
        this.pages = new ChangeAwareCache<>((Cache) cache.getNativeCache());
        this.enabled = site.isPageCache();
    }

    /** The page if it is in memory: a lookup that never blocks, so it may run on an event loop. */
    public Optional<RenderedPage> cached(PageKey key) {
        return enabled ? pages.getIfPresent(key) : Optional.empty();
    }

    /** The page from memory, or rendered now; empty when there is no such page (not remembered). */
    public Optional<RenderedPage> get(PageKey key, Supplier<Optional<RenderedPage>> render) {
        if (!enabled) {
            return render.get();
        }
        return Optional.ofNullable(pages.get(key, k -> render.get().orElse(null)));
    }

    @EventListener
    void onChange(SiteChanged change) {
        pages.invalidateIf((key, page) -> page.dependsOn().affectedBy(change));
    }
}
