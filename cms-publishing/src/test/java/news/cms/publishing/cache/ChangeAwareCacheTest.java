package news.cms.publishing.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The read-through race: a value loaded while a change was announced is served once, never kept. */
class ChangeAwareCacheTest {

    private final ChangeAwareCache<String, String> cache = new ChangeAwareCache<>(Caffeine.newBuilder().build());
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aValueIsLoadedOnceAndKept() {
        assertEquals("front v1", cache.get("/news", key -> "front v" + loads.incrementAndGet()));
        assertEquals("front v1", cache.get("/news", key -> "front v" + loads.incrementAndGet()));
        assertEquals(1, loads.get());
    }

    @Test
    void aChangeDropsOnlyWhatItMakesStale() {
        cache.get("/news", key -> "news");
        cache.get("/sports", key -> "sports");
        cache.invalidateIf((key, value) -> key.equals("/news"));
        assertEquals("news again", cache.get("/news", key -> "news again"));
        assertEquals("sports", cache.get("/sports", key -> "sports again"));
    }

    @Test
    void aValueLoadedWhileAChangeWasAnnouncedIsNotKept() {
        // the load read the old state; the change commits and is announced before the load returns
        String served = cache.get("/news", key -> {
            cache.invalidateIf((k, v) -> true);
            return "old front";
        });
        assertEquals("old front", served, "the reader who asked before the change gets what was read");
        assertEquals("new front", cache.get("/news", key -> "new front"), "the next reader does not get it");
    }

    @Test
    void nothingFoundIsNotKept() {
        assertNull(cache.get("/missing", key -> null));
        assertEquals("now there", cache.get("/missing", key -> "now there"));
    }
}
