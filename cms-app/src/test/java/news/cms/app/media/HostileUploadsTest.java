package news.cms.app.media;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static news.cms.app.ProblemAssertions.fieldError;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files built to keep the reader busy: each is refused when its time is up, and its parse ends with
 * it. Before, the parse went on in a thread the server could not stop, one more for every such upload.
 * Threads and processes are the subject, not the database: it runs on the embedded one only.
 */
@MicronautTest(transactional = false)
@DisabledIfSystemProperty(named = "cms.test.db", matches = "external")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUploadsTest extends ApiTest {

    private MediaClient media;
    private String reporter;

    /** A reader given 300 ms and no text limit: reading the big PDF below takes it seconds. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.cleanProperties());
        properties.put("cms.media.max-size", "16MB");
        properties.put("cms.plugins.settings.media-tika.time-limit", "300ms");
        properties.put("cms.plugins.settings.media-tika.text-limit", "100000000");
        return properties;
    }

    @BeforeAll
    void tikaInstalled() {
        media = new MediaClient(api, server.getURI());
        media.installTika(admin);
        reporter = user("rita", "REPORTER");
    }

    @Test
    void twentyHostileUploadsInARowLeaveTheLiveThreadCountWhereItWas() {
        List<String> lines = Collections.nCopies(60, "Council minutes, item 4: the road budget and the school budget");
        byte[] slow = MediaFiles.pdf("Clerk", lines, 2400);
        // one first, so that the pools every upload uses (HTTP, the process reaper) have their threads
        fieldError(400, "file", media.upload(slow, "minutes.pdf", "application/pdf", reporter));
        int before = liveThreads();

        int timedOut = 0;
        for (int i = 0; i < 20; i++) {
            ApiClient.Reply refused = fieldError(400, "file",
                    media.upload(slow, "minutes-" + i + ".pdf", "application/pdf", reporter));
            timedOut += refused.body().contains("took longer than") ? 1 : 0;
        }

        assertTrue(timedOut > 0, "the uploads were refused for taking too long, not for another reason");
        await().atMost(Duration.ofSeconds(5)).until(() -> liveThreads() <= before);
        assertTrue(ProcessHandle.current().descendants().count() <= 2, "no more reader processes than the plugin runs");
        byte[] note = "The budget was cut by half".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("text/plain", expect(201, media.upload(note, "note.txt", "text/plain", reporter))
                .json().get("mimeType").getStringValue(), "and a file that can be read in time still is");
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

}
