package news.cms.app.problem;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.annotation.Body;
import news.cms.core.error.FieldError;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains in plain words what was wrong with a request that the framework refused before our code
 * ran: a body that is not JSON, an unknown field, a field of the wrong type, a path or query value
 * that is not a number.
 */
final class RequestFaults {

    private static final Pattern NOT_TEXT = Pattern.compile("Expected text for \\[(\\w+)\\] but got ([\\w ]+)");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)\\]");
    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[\\w.<>?, ]+ )?(\\w+)\\]");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*");
    private static final Pattern WRAPPER = Pattern.compile("^Cannot deserialize value of type \\S+ due to: ");
    private static final Pattern SOURCE = Pattern.compile("\\s*(?:at \\[Source|\\(through reference chain).*", Pattern.DOTALL);

    private RequestFaults() {
    }

    /** A field-less error (empty field name) explains the whole request. */
    static Optional<FieldError> explain(Throwable cause) {
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            boolean body = unsatisfied.getArgument().getAnnotationMetadata().hasAnnotation(Body.class);
            return Optional.of(body ? new FieldError("", "The request needs a JSON body")
                    : new FieldError(unsatisfied.getArgument().getName(), "is required"));
        }
        if (cause instanceof ConversionErrorException conversion) {
            String name = conversion.getArgument().getName();
            Throwable reason = conversion.getConversionError().getCause();
            if (reason != null && isJsonFault(reason)) {
                return Optional.of(json(reason));
            }
            Object value = conversion.getConversionError().getOriginalValue().orElse(null);
            return Optional.of(new FieldError(name, value == null ? "has the wrong type or format"
                    : "has the wrong type or format: '" + shorten(String.valueOf(value)) + "'"));
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (isJsonFault(t)) {
                return Optional.of(json(t));
            }
        }
        return Optional.empty();
    }

    /** A library's message without class names or parser internals. */
    static String plain(String message) {
        if (message == null) {
            return "";
        }
        String text = WRAPPER.matcher(SOURCE.matcher(message).replaceAll("")).replaceFirst("");
        return CLASS_NAME.matcher(text).replaceAll("value").replace("Exception", "error").strip();
    }

    private static FieldError json(Throwable fault) {
        String message = fault.getMessage() == null ? "" : fault.getMessage();
        Matcher notText = NOT_TEXT.matcher(message);
        if (notText.find()) {
            return new FieldError(notText.group(1), "must be text, not " + notText.group(2).strip());
        }
        Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
        if (unknown.find()) {
            return new FieldError(unknown.group(1), "is not a known field");
        }
        Matcher property = PROPERTY.matcher(message);
        if (property.find()) {
            return new FieldError(property.group(1), "has the wrong type");
        }
        if (message.contains("UTF-8") || message.contains("UTF8")) {
            return new FieldError("", "The request body is not valid UTF-8");
        }
        return new FieldError("", "The request body is not valid JSON: " + shorten(plain(message)));
    }

    private static boolean isJsonFault(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("io.micronaut.serde.") || name.startsWith("com.fasterxml.jackson.")
                || name.startsWith("io.micronaut.json.") || name.contains("JsonSyntax")
                || t instanceof java.io.CharConversionException;
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
