package news.cms.editorial.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One byline as a client sends it: an author slug ({@code "jeongmin-kim"}) or an author slug with a
 * credit ({@code {"slug": "jeongmin-kim", "credit": "Translated by"}}).
 */
@Serdeable.Deserializable(using = BylineEntryDeserializer.class)
public record BylineEntry(String slug, @Nullable String credit) {

    /** The slugs in order, or null when no bylines were sent. */
    public static List<String> slugs(@Nullable List<BylineEntry> entries) {
        return entries == null ? null : entries.stream().map(e -> e == null ? null : e.slug()).toList();
    }

    /** The credits by slug; bylines without a credit are left out. */
    public static Map<String, String> credits(@Nullable List<BylineEntry> entries) {
        Map<String, String> credits = new LinkedHashMap<>();
        if (entries != null) {
            entries.stream().filter(e -> e != null && e.slug() != null && e.credit() != null)
                    .forEach(e -> credits.put(e.slug().strip(), e.credit()));
        }
        return credits;
    }
}
