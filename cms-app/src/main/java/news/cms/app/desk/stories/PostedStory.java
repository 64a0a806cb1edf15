package news.cms.app.desk.stories;

import io.micronaut.core.annotation.Nullable;
import news.cms.app.desk.stories.StoryPages.Form;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The story form as a browser posts it, read from the url-encoded body itself. The byline rows repeat
 * the names {@code author} and {@code credit}, one pair per row, blank or not; Micronaut's binding of
 * form fields keeps only the first value of a repeated name (and its body binding cannot take one
 * value and several alike), so the body is decoded here, every value kept in order.
 */
final class PostedStory {

    private final Map<String, List<String>> fields;

    private PostedStory(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** Decodes {@code name=value&...} as browsers send it: UTF-8, {@code +} for a space. */
    static PostedStory parse(@Nullable String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new PostedStory(fields);
    }

    /** The field's first value, or null when it was not sent. */
    @Nullable
    String value(String name) {
        List<String> values = fields.get(name);
        return values == null ? null : values.get(0);
    }

    List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }

    String csrf() {
        return value("csrf");
    }

    /** The button pressed was Preview, not Save. */
    boolean preview() {
        return "preview".equals(value("action"));
    }

    /** Whether the story's fields came with it (not only a version, as from a bare submit form). */
    boolean hasContent() {
        return value("headline") != null;
    }

    Form form() {
        return StoryForms.typed(value("headline"), value("dek"), value("body"), value("section"), values("author"),
                values("credit"), value("tags"), value("language"), value("version"),
                StoryForms.lead(value("lead-shown") != null, value("lead-media"), value("lead-other"), value("lead-alt"),
                        value("lead-caption"), value("lead-credit"), value("lead-focal")));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // a stray '%': keep what was sent rather than drop it
        }
    }
}
