package news.cms.plugin.api.story;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link StoryEnricher} adds to a story: metadata entries under the plugin's own name. Keys
 * and values follow the rules of {@link StoryMetadata}; an entry that breaks them is dropped.
 */
public record Enrichment(Map<String, String> metadata) {

    public Enrichment {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** Nothing to add. */
    public static Enrichment none() {
        return new Enrichment(Map.of());
    }

    public static Enrichment of(String key, String value) {
        return new Enrichment(Map.of(key, value));
    }

    /** This enrichment and one more entry (replacing one of the same key). */
    public Enrichment with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(metadata);
        more.put(key, value);
        return new Enrichment(more);
    }
}
