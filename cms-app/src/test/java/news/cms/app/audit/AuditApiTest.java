package news.cms.app.audit;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest extends ApiTest {

    private String reporter;
    private String editor;
    private long storyId;

    @BeforeAll
    void aStoryGoesThroughTheDesk() {
        section("metro");
        reporter = user("rae", "REPORTER");
        editor = user("ed", "EDITOR");
        storyId = expect(201, api.post("/api/stories", body("headline", "Tram line opens", "section", "metro"), reporter))
                .number("id");
        expect(200, api.post("/api/stories/" + storyId + "/submit", body(), reporter));
        expect(200, api.post("/api/stories/" + storyId + "/return", body("note", "Add the mayor's quote"), editor));
    }

    @Test
    void anEditorSeesWhoDidWhatToAStoryNewestFirst() {
        ApiClient.Reply reply = expect(200, api.get("/api/audit?story=" + storyId, editor));
        List<String> actions = new ArrayList<>();
        for (JsonNode event : reply.json().get("items").values()) {
            actions.add(event.get("action").getStringValue());
        }
        assertEquals(List.of("story.return", "story.submit", "story.create"), actions);
        JsonNode returned = reply.json().get("items").get(0);
        assertEquals("ed", returned.get("actor").getStringValue());
        assertEquals("SUBMITTED", returned.get("fromStatus").getStringValue());
        assertEquals("DRAFT", returned.get("toStatus").getStringValue());
        assertTrue(returned.get("detail").getStringValue().contains("mayor"));
        assertEquals(3, reply.number("totalItems"));
    }

    @Test
    void theTrailCanBeNarrowedToOneUserAndPaged() {
        ApiClient.Reply byReporter = expect(200, api.get("/api/audit?user=rae&size=1", editor));
        assertEquals(1, byReporter.json().get("items").size());
        assertEquals(2, byReporter.number("totalItems"));
        assertEquals("rae", byReporter.json().get("items").get(0).get("actor").getStringValue());
        ApiClient.Reply future = expect(200, api.get("/api/audit?from=2999-01-01T00:00:00Z", editor));
        assertEquals(0, future.number("totalItems"));
    }

    @Test
    void reportersMayNotReadTheTrail() {
        expect(403, api.get("/api/audit", reporter));
        expect(401, api.get("/api/audit", null));
    }

    @Test
    void aMalformedFilterIsABadRequestNamingIt() {
        ApiClient.Reply reply = expect(400, api.get("/api/audit?from=yesterday", editor));
        assertEquals("from", reply.json().get("errors").get(0).get("field").getStringValue());
    }
}
