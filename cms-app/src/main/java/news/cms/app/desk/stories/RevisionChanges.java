package news.cms.app.desk.stories;

import io.micronaut.json.tree.JsonNode;
import news.cms.app.desk.stories.StoryPages.FieldChange;
import news.cms.app.desk.NewsroomTime;
import news.cms.app.desk.NewsroomTime.When;
import news.cms.editorial.revision.RevisionDiff;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A {@link RevisionDiff} as a person reads it: each changed field under a plain name, its two values
 * as text (bylines with their credits, times in the newsroom's zone, a section by its title) and the
 * difference marked word by word, or line by line for the body.
 */
final class RevisionChanges {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("headline", "Headline"), Map.entry("dek", "Dek"), Map.entry("body", "Body"),
            Map.entry("section", "Section"), Map.entry("bylines", "Bylines"), Map.entry("tags", "Tags"),
            Map.entry("language", "Language"), Map.entry("slug", "Address (slug)"), Map.entry("status", "State"),
            Map.entry("publishedAt", "Published at"), Map.entry("scheduledAt", "Goes live at"),
            Map.entry("createdAt", "Created at"), Map.entry("createdBy", "Created by"),
            Map.entry("corrections", "Corrections"), Map.entry("notes", "Notes from the editors"),
            Map.entry("leadImage", "Lead image"));

    private final NewsroomTime time;
    private final UnaryOperator<String> sectionTitle;

    RevisionChanges(NewsroomTime time, UnaryOperator<String> sectionTitle) {
        this.time = time;
        this.sectionTitle = sectionTitle;
    }

    List<FieldChange> of(RevisionDiff diff) {
        List<FieldChange> changes = new ArrayList<>();
        for (RevisionDiff.Change change : diff.changes()) {
            String field = change.field();
            String before = text(field, change.before());
            String after = text(field, change.after());
            changes.add(new FieldChange(field, LABELS.getOrDefault(field, field),
                    field.equals("body") || field.equals("leadImage") ? TextDiff.lines(before, after) : TextDiff.words(before, after)));
        }
        return changes;
    }

    private String text(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (field.equals("section") && value.isString()) {
            return sectionTitle.apply(value.getStringValue());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value.values()) {
                items.add(item(field, item));
            }
            return String.join(field.equals("tags") ? ", " : "\n", items);
        }
        if (value.isString() && field.endsWith("At")) {
            return when(value.getStringValue());
        }
        if (field.equals("leadImage") && value.isObject()) {
            return leadImage(value);
        }
        return value.coerceStringValue();
    }

    private String item(String field, JsonNode item) {
        if (!item.isObject()) {
            return item.coerceStringValue();
        }
        return switch (field) {
            case "bylines" -> (string(item, "credit").isEmpty() ? "" : string(item, "credit") + " ") + string(item, "name");
            case "notes" -> string(item, "text") + " (" + string(item, "by") + ", " + when(string(item, "at")) + ")";
            case "corrections" -> when(string(item, "at")) + ": " + string(item, "note");
            default -> {
                List<String> parts = new ArrayList<>();
                item.entries().forEach(entry -> parts.add(entry.getValue().isNull() ? "" : entry.getValue().coerceStringValue()));
                yield String.join(" · ", parts);
            }
        };
    }

    /** "Picture 12", then its alt text, caption and credit on their own lines, each named. */
    private static String leadImage(JsonNode lead) {
        List<String> lines = new ArrayList<>(List.of("Picture " + string(lead, "media")));
        for (String[] part : new String[][]{{"alt", "Alt text"}, {"caption", "Caption"}, {"credit", "Credit"}}) {
            if (!string(lead, part[0]).isEmpty()) {
                lines.add(part[1] + ": " + string(lead, part[0]));
            }
        }
        return String.join("\n", lines);
    }

    private static String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? "" : value.coerceStringValue();
    }

    private String when(String iso) {
        try {
            When when = time.when(Instant.parse(iso));
            return when.text();
        } catch (DateTimeParseException notAnInstant) {
            return iso;
        }
    }
}
