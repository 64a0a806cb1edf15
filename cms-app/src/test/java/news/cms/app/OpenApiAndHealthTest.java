package news.cms.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What anyone may fetch without signing in: the health check and the API's description. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiAndHealthTest extends ApiTest {

    @Test
    void healthAnswers200AnonymouslyWithoutDatabaseDetails() {
        ApiClient.Reply reply = expect(200, api.get("/health", null));
        assertEquals("UP", reply.text("status"), reply.body());
        String body = reply.body().toLowerCase(Locale.ROOT);
        for (String secret : List.of("jdbc", "h2:", "mysql", "mariadb", "cms-test-", "password", "username", "datasource")) {
            assertFalse(body.contains(secret), "health shows '" + secret + "': " + reply.body());
        }
        // a signed-in caller sees no more than anyone else
        ApiClient.Reply signedIn = expect(200, api.get("/health", admin));
        assertFalse(signedIn.body().toLowerCase(Locale.ROOT).contains("jdbc"), signedIn.body());
    }

    @Test
    void theOpenApiDescriptionIsServedAnonymously() {
        ApiClient.Reply reply = expect(200, api.get("/openapi.yml", null));
        String contentType = reply.header("Content-Type");
        assertTrue(contentType != null && contentType.contains("yaml"), contentType);
        assertTrue(reply.body().startsWith("openapi:"), reply.body().substring(0, Math.min(200, reply.body().length())));
        for (String path : List.of("/api/stories", "/api/stories/{id}", "/api/users", "/api/users/me/password", "/api/users/{id}/password",
                "/api/authors", "/api/sections", "/api/plugins", "/api/plugins/{id}/enable", "/api/media",
                "/api/media/{id}", "/media/{id}/{filename}", "/api/stories/{id}/translations", "/api/search", "/login")) {
            assertTrue(reply.body().contains(path + ":"), "no " + path + " in the OpenAPI description");
        }
    }
}
