package news.cms.app.stories;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static news.cms.app.ProblemAssertions.fieldError;
import static news.cms.app.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A story's history over HTTP: list, read, compare and restore revisions, and who may. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevisionApiTest extends ApiTest {

    private String reporter;
    private String otherReporter;
    private String editor;
    private String reporterSlug;

    @BeforeAll
    void newsroom() {
        section("news");
        section("world");
        reporter = user("scribe", "REPORTER");
        otherReporter = user("rival", "REPORTER");
        editor = user("desk", "EDITOR");
        reporterSlug = authorSlugOf("scribe");
        expect(201, api.post("/api/authors", body("name", "Wire Agency", "slug", "wire"), editor));
    }

    @Test
    void theListIsNewestFirstWithNumbersEqualToVersions() {
        long id = create(reporter, draft("Bus fares rise")).number("id");
        save(reporter, id, 1, draft("Bus fares rise again"));
        save(editor, id, 2, draft("Bus fares rise again").with("section", "world"));

        ApiClient.Reply reply = expect(200, api.get(revisions(id), reporter));

        JsonNode list = reply.json();
        assertTrue(list.isArray(), reply.body());
        assertEquals(List.of(3L, 2L, 1L), numbers(list));
        JsonNode newest = list.get(0);
        assertEquals("desk", newest.get("by").getStringValue());
        assertNotNull(newest.get("at").getStringValue(), reply.body());
        assertTrue(newest.get("summary").getStringValue().contains("section"), reply.body());
        assertEquals("created", list.get(2).get("summary").getStringValue());
        for (JsonNode entry : list.values()) {
            assertEquals(List.of("number", "at", "by", "summary"), keys(entry), "exactly the contract's fields");
        }
    }

    @Test
    void aRevisionIsTheFullSnapshotBylinesAndTagsIncluded() {
        ApiClient.Reply v1 = create(reporter, draft("Bridge closes")
                .with("bylines", List.of(reporterSlug, "wire")).with("tags", List.of("Traffic", "Roads")));
        long id = v1.number("id");
        save(editor, id, 1, draft("Bridge reopens").with("bylines", List.of("wire")).with("tags", List.of("Repairs")));

        ApiClient.Reply reply = expect(200, api.get(revisions(id) + "/1", reporter));

        JsonNode revision = reply.json();
        assertEquals(1, revision.get("number").getLongValue());
        assertEquals("scribe", revision.get("by").getStringValue());
        assertEquals("created", revision.get("summary").getStringValue());
        JsonNode story = revision.get("story");
        assertEquals(v1.json(), story, "the snapshot is the story exactly as the API answered it then");
        assertEquals(List.of(reporterSlug, "wire"), bylineSlugs(story));
        assertEquals("Wire Agency", story.get("bylines").get(1).get("name").getStringValue());
        assertEquals(List.of("Traffic", "Roads"), strings(story.get("tags")));
        assertTrue(story.get("publishedAt") != null && story.get("publishedAt").isNull(), "all fields, nulls included");
    }

    @Test
    void theDiffNamesExactlyTheChangedFields() {
        long id = create(reporter, draft("Harbour reopens").with("tags", List.of("Storms"))).number("id");
        save(reporter, id, 1, draft("Harbour reopens").with("dek", "Ships are back").with("tags", List.of("Storms", "Shipping")));

        ApiClient.Reply reply = expect(200, api.get(revisions(id) + "/1/diff/2", reporter));

        JsonNode diff = reply.json();
        assertEquals(1, diff.get("from").getLongValue());
        assertEquals(2, diff.get("to").getLongValue());
        List<String> fields = new ArrayList<>();
        for (JsonNode change : diff.get("changes").values()) {
            fields.add(change.get("field").getStringValue());
        }
        assertEquals(List.of("dek", "tags"), fields, reply.body());
        JsonNode dek = diff.get("changes").get(0);
        assertEquals("A dek for Harbour reopens", dek.get("before").getStringValue());
        assertEquals("Ships are back", dek.get("after").getStringValue());
        JsonNode tags = diff.get("changes").get(1);
        assertEquals(List.of("Storms"), strings(tags.get("before")));
        assertEquals(List.of("Storms", "Shipping"), strings(tags.get("after")));

        JsonNode same = expect(200, api.get(revisions(id) + "/2/diff/2", reporter)).json();
        assertEquals(0, same.get("changes").size(), "version and updatedAt are not changes");
    }

    @Test
    void restoringMakesANewRevisionWithTheOldContentAndKeepsHistory() {
        ApiClient.Reply v1 = create(reporter, draft("Council approves budget")
                .with("bylines", List.of(reporterSlug)).with("tags", List.of("Budget")).with("language", "en"));
        long id = v1.number("id");
        save(editor, id, 1, draft("Budget row deepens").with("section", "world").with("bylines", List.of("wire"))
                .with("tags", List.of("Politics")).with("language", "de").with("body", "Nobody agrees."));
        JsonNode historyBefore = expect(200, api.get(revisions(id), editor)).json();
        JsonNode firstBefore = expect(200, api.get(revisions(id) + "/1", editor)).json();
        JsonNode secondBefore = expect(200, api.get(revisions(id) + "/2", editor)).json();

        ApiClient.Reply restored = expect(200, api.post(revisions(id) + "/1/restore", body("version", 2), editor));

        assertEquals(3, restored.number("version"));
        for (String field : List.of("headline", "dek", "body", "section", "bylines", "tags", "language", "slug",
                "status", "createdBy", "createdAt")) {
            assertEquals(v1.json().get(field), restored.json().get(field), field);
        }
        assertEquals(restored.json(), expect(200, api.get("/api/stories/" + id, reporter)).json());

        JsonNode history = expect(200, api.get(revisions(id), editor)).json();
        assertEquals(historyBefore.size() + 1, history.size());
        assertEquals(List.of(3L, 2L, 1L), numbers(history));
        assertEquals("restored revision 1", history.get(0).get("summary").getStringValue());
        assertEquals("desk", history.get(0).get("by").getStringValue());
        assertEquals(historyBefore.get(0), history.get(1));
        assertEquals(historyBefore.get(1), history.get(2));
        assertEquals(firstBefore, expect(200, api.get(revisions(id) + "/1", editor)).json(), "revision 1 untouched");
        assertEquals(secondBefore, expect(200, api.get(revisions(id) + "/2", editor)).json(), "revision 2 untouched");
        assertEquals(restored.json(), expect(200, api.get(revisions(id) + "/3", editor)).json().get("story"));
        assertEquals(0, expect(200, api.get(revisions(id) + "/1/diff/3", editor)).json().get("changes").size());
    }

    @Test
    void aRestoreWithoutABodyRestoresOverTheCurrentVersion() {
        long id = create(reporter, draft("First words")).number("id");
        save(reporter, id, 1, draft("Second words"));

        ApiClient.Reply restored = expect(200, api.send("POST", revisions(id) + "/1/restore", null, null, editor));

        assertEquals("First words", restored.text("headline"));
        assertEquals(3, restored.number("version"));
        assertEquals(4, expect(200, api.post(revisions(id) + "/2/restore", Map.of(), editor)).number("version"));
    }

    @Test
    void aReporterMayNotRestoreEvenTheirOwnStory() {
        long id = create(reporter, draft("My own draft")).number("id");
        save(reporter, id, 1, draft("My own draft, revised"));

        problem(403, api.post(revisions(id) + "/1/restore", body("version", 2), reporter));
        problem(403, api.post(revisions(id) + "/1/restore", body("version", 2), otherReporter));

        assertEquals(2, expect(200, api.get(revisions(id), reporter)).json().size(), "no revision added");
        assertEquals("My own draft, revised", expect(200, api.get("/api/stories/" + id, reporter)).text("headline"));
    }

    @Test
    void anotherReporterMayNotReadTheHistory() {
        long id = create(reporter, draft("Scoop")).number("id");

        problem(403, api.get(revisions(id), otherReporter));
        problem(403, api.get(revisions(id) + "/1", otherReporter));
        problem(403, api.get(revisions(id) + "/1/diff/1", otherReporter));
        expect(200, api.get(revisions(id), editor));
    }

    @Test
    void anUnknownStoryOrRevisionIs404() {
        long id = create(reporter, draft("Only one version")).number("id");

        problem(404, api.get(revisions(987654321), editor));
        problem(404, api.get(revisions(id) + "/2", editor));
        problem(404, api.get(revisions(id) + "/1/diff/2", editor));
        problem(404, api.get(revisions(id) + "/9/diff/1", editor));
        problem(404, api.post(revisions(id) + "/2/restore", body(), editor));
        problem(404, api.post(revisions(987654321) + "/1/restore", body(), editor));
        problem(400, api.get(revisions(id) + "/latest", editor));
    }

    @Test
    void aStaleVersionIs409AndNothingIsRestored() {
        long id = create(reporter, draft("Strike called")).number("id");
        save(reporter, id, 1, draft("Strike called off"));

        fieldError(409, "version", api.post(revisions(id) + "/1/restore", body("version", 1), editor));
        fieldError("bogus", api.post(revisions(id) + "/1/restore", body("bogus", true), editor));

        assertEquals(2, expect(200, api.get(revisions(id), editor)).json().size());
        assertEquals("Strike called off", expect(200, api.get("/api/stories/" + id, editor)).text("headline"));
    }

    @Test
    void theRevisionEndpointsAreInTheOpenApiDescription() {
        String yaml = expect(200, api.get("/openapi.yml", null)).body();
        for (String path : List.of("/api/stories/{id}/revisions", "/api/stories/{id}/revisions/{n}",
                "/api/stories/{id}/revisions/{a}/diff/{b}", "/api/stories/{id}/revisions/{n}/restore")) {
            assertTrue(yaml.contains(path + ":"), "no " + path + " in the OpenAPI description");
        }
        assertFalse(yaml.contains("JsonNode"), "a diff's values are plain JSON, not a Java type");
    }

    @Test
    void withoutATokenTheHistoryIs401() {
        long id = create(reporter, draft("Private")).number("id");
        assertEquals(401, api.get(revisions(id), null).status());
        assertEquals(401, api.post(revisions(id) + "/1/restore", body(), null).status());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static String revisions(long id) {
        return "/api/stories/" + id + "/revisions";
    }

    private ApiClient.Reply create(String token, Draft draft) {
        return expect(201, api.post("/api/stories", draft, token));
    }

    private ApiClient.Reply save(String token, long id, long version, Draft draft) {
        return expect(200, api.put("/api/stories/" + id, draft.with("version", version), token));
    }

    private static List<Long> numbers(JsonNode list) {
        List<Long> numbers = new ArrayList<>();
        for (JsonNode entry : list.values()) {
            numbers.add(entry.get("number").getLongValue());
        }
        return numbers;
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : object.entries()) {
            keys.add(entry.getKey());
        }
        return keys;
    }
}
