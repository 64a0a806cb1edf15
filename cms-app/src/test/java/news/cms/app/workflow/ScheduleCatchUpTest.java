package news.cms.app.workflow;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import news.cms.app.ApiClient;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A schedule that passes while the server is down is met as the server starts, and shown as missed. */
class ScheduleCatchUpTest {

    @Test
    void aStoryDueWhileTheServerWasDownGoesOutAtStartWithItsIntendedTime() throws InterruptedException {
        Path data = TestDatabase.newDataDirectory();
        Map<String, Object> props = new HashMap<>(TestDatabase.properties(data));
        props.put("cms.schedule.allowed-lateness", "1s");
        Map<String, Object> firstStart = new HashMap<>(props);
        TestDatabase.cleanExternalDatabase();
        long id;
        String token;
        Instant due;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, firstStart)) {
            ApiClient api = client(server);
            token = api.login(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
            assertEquals(201, api.post("/api/sections", Map.of("slug", "night", "title", "Night", "description", "d"), token).status());
            id = api.post("/api/stories", Map.of("headline", "Published while nobody watched", "section", "night"), token)
                    .number("id");
            due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
            ApiClient.Reply scheduled = api.post("/api/stories/" + id + "/schedule", Map.of("publishAt", due.toString()), token);
            assertEquals(200, scheduled.status(), scheduled.body());
        }
        // the server is down when the story is due, and for two seconds more
        Thread.sleep(Math.max(0, due.toEpochMilli() - System.currentTimeMillis()) + 2000);

        try (EmbeddedServer again = ApplicationContext.run(EmbeddedServer.class, props)) {
            ApiClient api = client(again);
            ApiClient.Reply story = api.get("/api/stories/" + id, token);
            for (int i = 0; i < 40 && !"PUBLISHED".equals(story.text("status")); i++) {
                Thread.sleep(50);
                story = api.get("/api/stories/" + id, token);
            }
            assertEquals("PUBLISHED", story.text("status"), story.body());
            assertEquals(due, Instant.parse(story.text("publishedAt")), "published with the time it was scheduled for");

            ApiClient.Reply board = api.get("/api/schedule", token);
            assertEquals(200, board.status(), board.body());
            var missed = board.json().get("missed");
            assertEquals(1, missed.size(), board.body());
            assertEquals(id, missed.get(0).get("storyId").getLongValue());
            assertTrue(missed.get(0).get("lateSeconds").getLongValue() >= 2, board.body());
        }
    }

    private static ApiClient client(EmbeddedServer server) {
        return new ApiClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }
}
