package news.cms.app.media;

import news.cms.app.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** The media API as a script uses it: multipart uploads, plugin installs, and public files as bytes. */
final class MediaClient {

    private final ApiClient api;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    MediaClient(ApiClient api, URI base) {
        this.api = api;
        this.base = base;
    }

    ApiClient.Reply upload(byte[] file, String filename, String contentType, String token) {
        return api.upload("/api/media", file, filename, contentType, token);
    }

    /** Installs and enables the Tika plugin the build made ({@code target/test-plugins/media-tika.jar}). */
    void installTika(String adminToken) {
        Path jar = Path.of(System.getProperty("cms.test.plugins", "target/test-plugins")).resolve("media-tika.jar");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("run the tests through Maven's verify, which builds " + jar, e);
        }
        expect(201, api.upload("/api/plugins", bytes, "media-tika.jar", "application/java-archive", adminToken));
        expect(200, api.send("POST", "/api/plugins/media-tika/enable", null, null, adminToken));
    }

    /** GET of a public file, anonymously, its body as bytes. */
    HttpResponse<byte[]> fetch(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(int status, ApiClient.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply);
        }
    }
}
