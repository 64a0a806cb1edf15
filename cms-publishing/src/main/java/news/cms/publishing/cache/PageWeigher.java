package news.cms.publishing.cache;

import com.github.benmanes.caffeine.cache.Weigher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Weighs a cached page by its length, so {@code maximum-weight} bounds the cache's memory. */
@Singleton
@Named(RenderedPages.CACHE)
class PageWeigher implements Weigher<Object, Object> {

    @Override
    public int weigh(Object key, Object value) {
        // two bytes a char (Java strings of non-Latin text), plus the entry's own overhead
        return value instanceof RenderedPage page ? 2 * page.body().length() + 256 : 256;
    }
}
