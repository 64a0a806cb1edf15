package news.cms.publishing.cache;

import com.github.benmanes.caffeine.cache.Weigher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Weighs a cached page by its size, so {@code maximum-weight} bounds the cache's memory. */
@Singleton
@Named(RenderedPages.CACHE)
class PageWeigher implements Weigher<Object, Object> {

    @Override
    public int weigh(Object key, Object value) {
        // the bytes, plus the entry's own overhead
        return value instanceof RenderedPage page ? page.body().length + 256 : 256;
    }
}
