package news.cms.app.desk;

import news.cms.core.error.FieldError;
import news.cms.core.error.InvalidInputException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was wrong with a submitted form, by field, as the services said it: a template shows each
 * message next to its field (the {@code desk/field} tag) and the form again with what was typed.
 * Errors that name no field of the form are shown above it, under {@link #GENERAL}.
 */
public record FormErrors(Map<String, String> byField) {

    public static final String GENERAL = "";
    public static final FormErrors NONE = new FormErrors(Map.of());

    public FormErrors {
        byField = Map.copyOf(byField);
    }

    /** The service's refusal, with each field's errors joined and fields it did not name kept apart. */
    public static FormErrors of(InvalidInputException invalid) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : invalid.errors()) {
            messages.merge(error.field() == null ? GENERAL : error.field(), sentence(error.message()), (a, b) -> a + " " + b);
        }
        if (messages.isEmpty()) {
            messages.put(GENERAL, sentence(invalid.getMessage()));
        }
        return new FormErrors(messages);
    }

    /** One message for one field, for checks the desk makes itself. */
    public static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, sentence(message)));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The field's message, or empty. */
    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    /**
     * Messages the form has no place for: those under {@link #GENERAL} and those of fields not in
     * {@code shownFields}, so that no error is ever silently dropped.
     */
    public List<String> unplaced(Collection<String> shownFields) {
        return byField.entrySet().stream()
                .filter(e -> !shownFields.contains(e.getKey()))
                .map(e -> e.getKey().isEmpty() ? e.getValue() : label(e.getKey()) + " " + e.getValue())
                .toList();
    }

    private static String label(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** "must not be blank" → "Must not be blank." */
    private static String sentence(String message) {
        String text = message == null || message.isBlank() ? "Is not valid" : message.strip();
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
