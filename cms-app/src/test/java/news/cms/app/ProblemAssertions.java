package news.cms.app;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every error answer of the API must look like: RFC 9457 {@code application/problem+json} with
 * {@code status}, {@code title} and {@code detail}, and nothing of the server's insides (no exception
 * class names, no stack frames).
 */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Checks the status and the problem+json shape; returns the reply for further checks. */
    public static ApiClient.Reply problem(int status, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), () -> "expected " + status + " but got " + reply);
        String contentType = reply.header("Content-Type");
        assertNotNull(contentType, () -> "no Content-Type on " + reply);
        assertTrue(contentType.startsWith("application/problem+json"), () -> "Content-Type " + contentType + " on " + reply);
        assertFalse(reply.body().contains("Exception"), () -> "leaks an exception name: " + reply);
        assertFalse(reply.body().contains("at io.micronaut"), () -> "leaks a stack trace: " + reply);
        assertFalse(reply.body().contains("at java."), () -> "leaks a stack trace: " + reply);
        JsonNode json = reply.json();
        assertNotNull(json.get("status"), () -> "no status in " + reply);
        assertEquals(status, json.get("status").getIntValue(), () -> "status field of " + reply);
        assertText(json, "title", reply);
        assertText(json, "detail", reply);
        return reply;
    }

    /** A 400 (or the given status) whose {@code errors[].field} names {@code field}. */
    public static ApiClient.Reply fieldError(int status, String field, ApiClient.Reply reply) {
        problem(status, reply);
        List<String> fields = fields(reply);
        assertTrue(fields.contains(field), () -> "expected errors[].field '" + field + "' but got " + fields + " in " + reply);
        return reply;
    }

    public static ApiClient.Reply fieldError(String field, ApiClient.Reply reply) {
        return fieldError(400, field, reply);
    }

    /** The names in {@code errors[].field}, in order. */
    public static List<String> fields(ApiClient.Reply reply) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = reply.json().get("errors");
        if (errors != null && errors.isArray()) {
            for (JsonNode error : errors.values()) {
                JsonNode field = error.get("field");
                if (field != null && !field.isNull()) {
                    fields.add(field.getStringValue());
                }
            }
        }
        return fields;
    }

    private static void assertText(JsonNode json, String field, ApiClient.Reply reply) {
        JsonNode node = json.get(field);
        assertTrue(node != null && node.isString() && !node.getStringValue().isBlank(),
                () -> "no " + field + " in " + reply);
    }
}
