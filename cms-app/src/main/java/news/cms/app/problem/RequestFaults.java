package news.cms.app.problem;

import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import news.cms.core.error.FieldError;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains in plain words what was wrong with a request that the framework refused before our code
 * ran: a body that is not JSON or not UTF-8, an unknown field, a field of the wrong type, a path or
 * query value that is not a number. The field is named as the client sent it.
 */
final class RequestFaults {

    private static final Pattern PROPERTY_IN_PATH = Pattern.compile("\\[\"([^\"]+)\"\\]");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)\\]");
    private static final Pattern NOT_TEXT = Pattern.compile("Expected text for \\[\\w+\\] but got ([\\w ]+)");
    private static final Pattern ONE_OF = Pattern.compile("Expected one of \\[([^\\]]*)\\]");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*");
    private static final Pattern WRAPPER = Pattern.compile("^Cannot deserialize value of type \\S+ due to: ");
    private static final Pattern SOURCE = Pattern.compile("\\s*(?:at \\[Source|\\(through reference chain).*", Pattern.DOTALL);

    private RequestFaults() {
    }

    /** A field-less error (empty field name) explains the whole request. */
    static Optional<FieldError> explain(Throwable cause) {
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            return Optional.of(missing(unsatisfied.getArgument()));
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            return Optional.of(missing(unsatisfied.getArgument()));
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (isJsonFault(t)) {
                return Optional.of(json(t));
            }
        }
        if (cause instanceof ConversionErrorException conversion) {
            Object value = conversion.getConversionError().getOriginalValue().orElse(null);
            return Optional.of(new FieldError(conversion.getArgument().getName(), value == null
                    ? "has the wrong type or format"
                    : "has the wrong type or format: '" + shorten(String.valueOf(value)) + "'"));
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

    private static FieldError missing(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class)
                ? new FieldError("", "The request needs a JSON body")
                : new FieldError(argument.getName(), "is required");
    }

    /** {@code fault} is the outermost JSON error; its path names the field, its innermost cause says what is wrong. */
    private static FieldError json(Throwable fault) {
        String all = messages(fault);
        if (all.contains("UTF-8") || all.contains("UTF8") || all.contains("Invalid UTF")) {
            return new FieldError("", "The request body is not valid UTF-8");
        }
        Matcher unknown = UNKNOWN_PROPERTY.matcher(all);
        if (unknown.find()) {
            return new FieldError(unknown.group(1), "is not a known field");
        }
        Optional<String> field = field(fault);
        if (field.isEmpty()) {
            return new FieldError("", "The request body is not valid JSON: " + shorten(plain(innermost(fault).getMessage())));
        }
        return new FieldError(field.get(), wrongType(all));
    }

    private static String wrongType(String messages) {
        Matcher notText = NOT_TEXT.matcher(messages);
        if (notText.find()) {
            return "must be text, not " + notText.group(1).strip();
        }
        Matcher oneOf = ONE_OF.matcher(messages);
        if (oneOf.find()) {
            return "must be one of " + oneOf.group(1);
        }
        if (messages.contains("expected START_ARRAY")) {
            return "must be a list";
        }
        if (messages.contains("expected START_OBJECT")) {
            return "must be an object";
        }
        if (messages.contains("coerce string to") || messages.contains("Not a number") || messages.contains("VALUE_NUMBER")) {
            return "must be a number";
        }
        return "has the wrong type";
    }

    /** The outermost property in the first JSON path of the chain: {@code Story["bylines"]->…} is {@code bylines}. */
    private static Optional<String> field(Throwable fault) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde) {
                Matcher property = PROPERTY_IN_PATH.matcher(serde.getPathAsString());
                if (property.find()) {
                    return Optional.of(property.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static String messages(Throwable fault) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = fault; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static Throwable innermost(Throwable fault) {
        Throwable t = fault;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean isJsonFault(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("io.micronaut.serde.") || name.startsWith("com.fasterxml.jackson.")
                || name.startsWith("io.micronaut.json.") || t instanceof java.io.CharConversionException;
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
