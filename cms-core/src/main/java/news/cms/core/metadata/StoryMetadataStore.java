package news.cms.core.metadata;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.time.UtcTime;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Data that plugins keep on stories: text entries under a source (the plugin's id), so that
 * plugins never overwrite each other. Callers check keys and values with {@link #isValid} first:
 * a write the database refuses inside a publication would undo the publication.
 */
@Singleton
public class StoryMetadataStore {

    /** Lower-case letters, digits, '.', '_' and '-'; the plugin API states the same rule. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    /** Characters; the plugin API states the same limit. */
    public static final int MAX_VALUE_LENGTH = 4000;

    private final MetadataRepository entries;
    private final Clock clock;

    StoryMetadataStore(MetadataRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public static boolean isValid(String key, String value) {
        return key != null && KEY.matcher(key).matches() && value != null && value.length() <= MAX_VALUE_LENGTH;
    }

    /** Sets or replaces one entry; the story must exist. */
    @Transactional
    public void put(long storyId, String source, String key, String value) {
        if (!isValid(key, value)) {
            throw new IllegalArgumentException("metadata key '" + key + "' or its value breaks the rules");
        }
        entries.upsert(storyId, source, key, value, UtcTime.toRow(UtcTime.now(clock)));
    }

    /** One source's entries on a story, by key. */
    @ReadOnly
    public Map<String, String> of(long storyId, String source) {
        return asMap(entries.findByStoryIdAndSourceOrderByMetaKeyAsc(storyId, source));
    }

    /** Every source's entries on a story: source → key → value. */
    @ReadOnly
    public Map<String, Map<String, String>> all(long storyId) {
        Map<String, Map<String, String>> bySource = new LinkedHashMap<>();
        List<MetadataRow> rows = entries.findByStoryId(storyId).stream()
                .sorted(Comparator.comparing(MetadataRow::source).thenComparing(MetadataRow::metaKey)).toList();
        for (MetadataRow row : rows) {
            bySource.computeIfAbsent(row.source(), source -> new LinkedHashMap<>()).put(row.metaKey(), row.metaValue());
        }
        return bySource;
    }

    private static Map<String, String> asMap(List<MetadataRow> rows) {
        Map<String, String> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.metaKey(), row.metaValue()));
        return map;
    }
}
