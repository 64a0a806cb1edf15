package news.cms.app.export;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import news.cms.publishing.export.ExportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static news.cms.app.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/export} and {@code GET /api/export/{id}}: admins only, one export at a time, in the
 * background into the configured directory, audited.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest extends ApiTest {

    private final Path site = newDirectory().resolve("site");

    @Inject
    ExportTestHook hook;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.base-url", "https://news.example.org");
        props.put("cms.export.dir", site.toString());
        props.put("cms.test.export-hook", "true");
        return props;
    }

    @BeforeAll
    void twoLiveStories() {
        section("news");
        for (String headline : List.of("Bridge opens", "Bridge closes")) {
            long id = expect(201, api.post("/api/stories", draft(headline), admin)).number("id");
            expect(200, api.post("/api/stories/" + id + "/publish", body(), admin));
        }
    }

    @AfterEach
    void disarm() {
        hook.disarm();
    }

    @Test
    void onlyAdminsExport() {
        problem(401, api.post("/api/export", body("incremental", false), null));
        problem(403, api.post("/api/export", body("incremental", false), user("desk", "EDITOR")));
        problem(403, api.post("/api/export", body(), user("reporter", "REPORTER")));
        problem(401, api.get("/api/export/anything", null));
    }

    @Test
    void anExportRunsInTheBackgroundOneAtATimeAndIsAudited() {
        hook.holdAtStart();
        ApiClient.Reply started = expect(202, api.post("/api/export", body("incremental", false), admin));
        String id = started.text("id");
        assertEquals("RUNNING", started.text("state"));
        assertEquals("false", started.text("incremental"));
        assertNotNull(started.text("startedAt"));
        assertEquals(null, started.text("finishedAt"));
        assertEquals("/api/export/" + id, started.header("Location"));

        ApiClient.Reply second = problem(409, api.post("/api/export", body("incremental", true), admin));
        assertTrue(second.text("detail").contains(id), second.body());
        assertEquals("RUNNING", expect(200, api.get("/api/export/" + id, admin)).text("state"));

        hook.release();
        ApiClient.Reply done = finished(id);
        assertEquals("SUCCEEDED", done.text("state"), done.body());
        assertEquals(2, done.number("done"));
        assertEquals(2, done.number("total"));
        assertNotNull(done.text("finishedAt"));
        assertTrue(Files.isRegularFile(site.resolve("news/index.html")), "the site is in the configured directory");

        List<String> actions = new ArrayList<>();
        for (JsonNode event : expect(200, api.get("/api/audit?user=admin", admin)).json().get("items").values()) {
            if (event.get("subject").getStringValue().equals("export:" + id)) {
                actions.add(event.get("action").getStringValue());
            }
        }
        assertEquals(List.of("export.finish", "export.start"), actions);

        ApiClient.Reply incremental = expect(202, api.post("/api/export", body("incremental", true), admin));
        assertEquals("true", incremental.text("incremental"));
        assertEquals("SUCCEEDED", finished(incremental.text("id")).text("state"));
    }

    @Test
    void aFailedExportSaysWhyAndLeavesTheSite() throws IOException {
        assertEquals("SUCCEEDED", finished(expect(202, api.post("/api/export", body(), admin)).text("id")).text("state"));
        Path before = site.toRealPath();

        hook.failWith(new ExportException("The disk is full: free some space and export again"));
        ApiClient.Reply started = expect(202, api.post("/api/export", body(), admin));
        ApiClient.Reply failed = finished(started.text("id"));
        assertEquals("FAILED", failed.text("state"));
        assertEquals("The disk is full: free some space and export again", failed.text("error"));
        assertEquals(before, site.toRealPath());
    }

    @Test
    void anExportThatRunsOutOfMemoryEndsAsFailedAndTheNextOneRuns() {
        hook.failWith(new OutOfMemoryError("Java heap space"));
        ApiClient.Reply failed = finished(expect(202, api.post("/api/export", body(), admin)).text("id"));
        assertEquals("FAILED", failed.text("state"), failed.body());
        assertNotNull(failed.text("finishedAt"));
        assertTrue(failed.text("error").contains("memory"), failed.body());

        hook.disarm();
        ApiClient.Reply next = expect(202, api.post("/api/export", body(), admin));
        assertEquals("SUCCEEDED", finished(next.text("id")).text("state"));
    }

    @Test
    void anUnknownExportIs404() {
        problem(404, api.get("/api/export/no-such-export", admin));
    }

    @Test
    void theExportIsInTheOpenApiDescription() {
        String yaml = expect(200, api.get("/openapi.yml", null)).body();
        assertTrue(yaml.contains("/api/export:"), "POST /api/export");
        assertTrue(yaml.contains("/api/export/{id}:"), "GET /api/export/{id}");
        assertFalse(yaml.contains("/sitemap-{n}.xml"), "the public site stays out of the API description");
    }

    /** Polls the export until it is no longer running (at most ten seconds). */
    private ApiClient.Reply finished(String id) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            ApiClient.Reply reply = expect(200, api.get("/api/export/" + id, admin));
            if (!"RUNNING".equals(reply.text("state")) || System.nanoTime() > deadline) {
                return reply;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path newDirectory() {
        try {
            return Files.createTempDirectory("cms-export-api-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
