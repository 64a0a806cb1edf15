package news.cms.app.desk;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps cookies, sends forms url-encoded, follows no redirect by itself
 * (so tests see each answer and its {@code Set-Cookie}).
 */
public final class Browser {

    public record Page(int status, HttpResponse<String> raw) {

        public Document html() {
            return Jsoup.parse(raw.body(), raw.uri().toString());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public List<String> setCookies() {
            return raw.headers().allValues("Set-Cookie");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final URI base;

    public Browser(URI base) {
        this.base = base;
    }

    /** @param headers extra request headers, name and value in turn */
    public Page get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET(), headers);
    }

    /** @param headers extra request headers, name and value in turn */
    public Page post(String path, Map<String, String> fields, String... headers) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), headers);
    }

    /**
     * A multipart/form-data POST, as a form with a file input sends it: the text fields, then the file
     * in the field {@code file} (an empty name and no bytes is what a browser sends when none was chosen).
     */
    public Page upload(String path, Map<String, String> fields, String filename, String contentType, byte[] file) {
        String boundary = "----cms-desk-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Opens the desk's sign-in form and submits it with the given credentials and its own token. */
    public Page signIn(String username, String password, String... headers) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", get("/desk").html().selectFirst("form input[name=csrf]").val());
        fields.put("username", username);
        fields.put("password", password);
        return post("/desk/sign-in", fields, headers);
    }

    public boolean hasCookie(String name) {
        return cookie(name) != null;
    }

    /**
     * Puts a cookie into this browser as a sibling subdomain could (path {@code /desk}), replacing
     * one of the same name.
     */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/desk");
        cookie.setVersion(0);
        for (HttpCookie existing : List.copyOf(cookies.getCookieStore().getCookies())) {
            if (existing.getName().equals(name)) {
                cookie.setDomain(existing.getDomain()); // the store names the host as it did for the server's cookie
                cookies.getCookieStore().remove(null, existing);
            }
        }
        cookies.getCookieStore().add(base.resolve("/desk"), cookie);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private Page send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
