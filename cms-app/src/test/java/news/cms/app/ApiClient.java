package news.cms.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Talks to the running server the way a newsroom script does: plain HTTP with JSON, through the
 * JDK's client, so tests see exactly the status codes, headers and bodies a client sees.
 */
public final class ApiClient {

    /** A response: status, headers and the body both as text and parsed. */
    public record Reply(int status, String body, HttpResponse<String> raw, JsonMapper mapper) {

        public JsonNode json() {
            try {
                return mapper.readValue(body, JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.coerceStringValue();
        }

        public long number(String field) {
            return json().get(field).getLongValue();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    public ApiClient(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public Reply get(String path, String token) {
        return send("GET", path, null, null, token);
    }

    /** What Chromium asks for when following a link: HTML preferred, anything accepted, never JSON by name. */
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8";

    /** A GET as a browser asks ({@link #BROWSER_ACCEPT}). */
    public Reply getAsBrowser(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", BROWSER_ACCEPT).GET());
    }

    public Reply post(String path, Object body, String token) {
        return send("POST", path, write(body), "application/json", token);
    }

    public Reply put(String path, Object body, String token) {
        return send("PUT", path, write(body), "application/json", token);
    }

    public Reply patch(String path, Object body, String token) {
        return send("PATCH", path, write(body), "application/json", token);
    }

    /** A multipart/form-data POST of one file in the field {@code file}, as a browser's upload form sends it. */
    public Reply upload(String path, byte[] file, String filename, String contentType, String token) {
        String boundary = "----cms-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, body.toByteArray(), "multipart/form-data; boundary=" + boundary, token);
    }

    /** A raw body, e.g. broken JSON or bytes that are not UTF-8. */
    public Reply send(String method, String path, byte[] body, String contentType, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** Any request, built by the test (extra headers, say). */
    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in and returns the access token; fails the test when sign-in does not answer 200. */
    public String login(String username, String password) {
        Reply reply = post("/login", Map.of("username", username, "password", password), null);
        if (reply.status() != 200) {
            throw new AssertionError("login as " + username + " answered " + reply);
        }
        return reply.text("access_token");
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
