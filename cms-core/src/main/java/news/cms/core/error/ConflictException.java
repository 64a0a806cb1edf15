package news.cms.core.error;


import java.util.List;

/**
 * The request is well formed but clashes with what is stored: a taken username or slug, a stale
 * version, a transition the current state does not allow. Answered 409; nothing was changed.
 */
public class ConflictException extends RuntimeException {

    private final List<FieldError> errors;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** A unique value already taken, such as a username or a slug. */
    public static ConflictException taken(String field, String value) {
        String message = "'" + value + "' is already taken";
        return new ConflictException(field + " " + message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
