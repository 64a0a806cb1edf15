package news.cms.core.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of one input before failing, so a client learns about all its faulty
 * fields in one answer rather than one per round trip.
 */
public final class InputChecks {

    private final List<FieldError> errors = new ArrayList<>();

    /** @return the trimmed text, or null (with an error recorded) when it is missing or blank */
    public String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return maxLength(field, value.strip(), maxLength);
    }

    /** @return the trimmed text, "" when absent */
    public String optional(String field, String value, int maxLength) {
        return value == null ? "" : maxLength(field, value.strip(), maxLength);
    }

    /** @return the text as given (a Markdown body's leading spaces mean something), "" when absent */
    public String verbatim(String field, String value, int maxLength) {
        return value == null ? "" : maxLength(field, value, maxLength);
    }

    public <T> T present(String field, T value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
        return value;
    }

    public void check(boolean holds, String field, String message) {
        if (!holds) {
            errors.add(new FieldError(field, message));
        }
    }

    public void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private String maxLength(String field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters (got " + length + ")"));
        }
        if (containsUnwritableCharacters(value)) {
            errors.add(new FieldError(field, "must not contain control characters, unpaired surrogates or U+FFFE/U+FFFF"));
        }
        return value;
    }

    /**
     * Characters no page, feed or sitemap can carry (XML 1.0 forbids them): refused at the door, or
     * one headline would make every feed and sitemap that lists it unreadable.
     */
    private static boolean containsUnwritableCharacters(String value) {
        return value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
                || c == 0xFFFE || c == 0xFFFF);
    }
}
