package news.cms.publishing.cache;

import com.github.benmanes.caffeine.cache.Cache;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A cache whose entries are dropped by what they depend on when the site changes. It closes the
 * race every read-through cache of database state has: a reader that read the database just before
 * a change committed, and stores its result just after the change was announced, would otherwise
 * keep the old state until the next change. Such a result is served to that one reader, never kept.
 */
public final class ChangeAwareCache<K, V> {

    private final Cache<K, V> cache;
    /** Counts announced changes; a load that saw it move may predate one. */
    private final AtomicLong changes = new AtomicLong();

    public ChangeAwareCache(Cache<K, V> cache) {
        this.cache = cache;
    }

    public Optional<V> getIfPresent(K key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    /** The cached value, or {@code load}'s; a null from {@code load} (nothing there) is not kept. */
    public V get(K key, Function<K, V> load) {
        long before = changes.get();
        V value = cache.get(key, load);
        if (changes.get() != before) {
            cache.invalidate(key);
        }
        return value;
    }

    /** Drops every entry the change makes stale. Counting first is what makes {@link #get} safe. */
    public void invalidateIf(BiPredicate<K, V> stale) {
        changes.incrementAndGet();
        cache.asMap().entrySet().removeIf(entry -> stale.test(entry.getKey(), entry.getValue()));
    }
}
