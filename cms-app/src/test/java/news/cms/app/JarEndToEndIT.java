package news.cms.app;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built {@code cms-app.jar}, started as a newcomer starts it (embedded database, a fresh data
 * directory, no admin password given), driven over HTTP from sign-in to a story read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JarEndToEndIT {

    private Process server;
    private Path data;
    private Path log;
    private ApiClient api;

    @BeforeAll
    void startTheJar() throws Exception {
        Path jar = Path.of(System.getProperty("cms.app.jar", "target/cms-app.jar"));
        assertTrue(Files.exists(jar), "build the jar first: " + jar.toAbsolutePath());
        data = Files.createTempDirectory("cms-e2e-");
        log = data.resolve("server.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        builder.environment().put("CMS_DATA_DIR", data.toString());
        builder.environment().remove("CMS_ADMIN_PASSWORD");
        builder.environment().remove("CMS_DB_URL");
        server = builder.start();
        api = new ApiClient(URI.create("http://127.0.0.1:" + port), JsonMapper.createDefault());
        waitForHealth(Duration.ofSeconds(60));
    }

    @AfterAll
    void stopTheJar() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void aNewcomerSignsInAndTheNewsroomWritesItsFirstStory() throws IOException {
        String password = Files.readString(data.resolve("initial-admin-password")).strip();
        String admin = api.login("admin", password);

        assertEquals(201, api.post("/api/sections", Map.of("slug", "city", "title", "City",
                "description", "News from the city"), admin).status());
        ApiClient.Reply reporter = api.post("/api/users", Map.of("username", "rita", "password", "Rita-pass-12345",
                "displayName", "Rita Moreno", "role", "REPORTER"), admin);
        assertEquals(201, reporter.status(), reporter.body());

        String rita = api.login("rita", "Rita-pass-12345");
        ApiClient.Reply created = api.post("/api/stories", Map.of("headline", "Council votes on the new bridge",
                "dek", "A split vote after a long night", "body", "The council **voted** 5 to 4.",
                "section", "city", "tags", java.util.List.of("Bridges")), rita);
        assertEquals(201, created.status(), created.body());

        ApiClient.Reply read = api.get("/api/stories/" + created.number("id"), rita);
        assertEquals(200, read.status());
        assertEquals("Council votes on the new bridge", read.text("headline"));
        assertEquals("council-votes-on-the-new-bridge", read.text("slug"));
        assertEquals("rita-moreno", read.json().get("bylines").get(0).get("slug").getStringValue());
        assertEquals("DRAFT", read.text("status"));
        assertEquals(200, api.get("/openapi.yml", null).status());
    }

    private void waitForHealth(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("the server exited during start:\n" + Files.readString(log));
            }
            try {
                if (api.get("/health", null).status() == 200) {
                    return;
                }
            } catch (java.io.UncheckedIOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no healthy server within " + timeout + ":\n" + Files.readString(log));
    }
}
