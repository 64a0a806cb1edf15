package news.cms.app.stories;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static news.cms.app.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may read and save which story: reporters their own (created or bylined) drafts, editors and
 * admins everything; and nothing at all without a token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryAuthorizationTest extends ApiTest {

    private String alice;
    private String aliceSlug;
    private String bob;
    private String bobSlug;
    private String editor;
    private String editorSlug;

    @BeforeAll
    void newsroom() {
        section("beat");
        alice = user("alice", "REPORTER");
        bob = user("bob", "REPORTER");
        editor = user("eddie", "EDITOR");
        aliceSlug = authorSlugOf("alice");
        bobSlug = authorSlugOf("bob");
        editorSlug = authorSlugOf("eddie");
    }

    @Test
    void aReporterReadsAndEditsTheirOwnDraft() {
        long id = create(alice, "Alice's scoop", null);
        expect(200, api.get("/api/stories/" + id, alice));
        ApiClient.Reply saved = expect(200, api.put("/api/stories/" + id, edit("Alice's scoop, updated", 1, null), alice));
        assertEquals(2, saved.number("version"));
    }

    @Test
    void anotherReporterGets403OnReadAndEditAndNothingChanges() {
        long id = create(alice, "Alice's secret draft", null);
        ApiClient.Reply read = problem(403, api.get("/api/stories/" + id, bob));
        assertFalse(read.body().contains("Alice's secret draft"), "a refused read must not show the story: " + read);
        problem(403, api.put("/api/stories/" + id, edit("Bob was here", 1, null), bob));
        problem(403, api.put("/api/stories/" + id, edit("Bob was here", 1, List.of(bobSlug)), bob));

        ApiClient.Reply after = expect(200, api.get("/api/stories/" + id, alice));
        assertEquals("Alice's secret draft", after.text("headline"));
        assertEquals(1, after.number("version"));
        assertEquals(List.of(aliceSlug), bylineSlugs(after.json()));
    }

    @Test
    void editorsAndAdminsReadAndEditAnyStory() {
        long id = create(alice, "Needs an editor", null);
        expect(200, api.get("/api/stories/" + id, editor));
        expect(200, api.get("/api/stories/" + id, admin));
        assertEquals(2, expect(200, api.put("/api/stories/" + id, edit("Edited by the desk", 1, null), editor)).number("version"));
        assertEquals(3, expect(200, api.put("/api/stories/" + id, edit("Edited by the admin", 2, null), admin)).number("version"));
        // the reporter still owns it and sees the desk's changes
        assertEquals("Edited by the admin", expect(200, api.get("/api/stories/" + id, alice)).text("headline"));
    }

    @Test
    void aCoBylinedReporterMayReadAndEdit() {
        long id = create(alice, "A joint investigation", null);
        problem(403, api.get("/api/stories/" + id, bob));

        ApiClient.Reply shared = expect(200, api.put("/api/stories/" + id,
                edit("A joint investigation", 1, List.of(aliceSlug, bobSlug)), editor));
        assertEquals(List.of(aliceSlug, bobSlug), bylineSlugs(shared.json()));

        expect(200, api.get("/api/stories/" + id, bob));
        ApiClient.Reply bobs = expect(200, api.put("/api/stories/" + id, edit("A joint investigation, Bob's take", 2, null), bob));
        assertEquals(3, bobs.number("version"));
        assertEquals(List.of(aliceSlug, bobSlug), bylineSlugs(bobs.json()), "a save without bylines keeps them");
        assertTrue(ids(expect(200, api.get("/api/stories?size=100", bob))).contains(id), "the co-bylined story is in Bob's list");
        expect(200, api.get("/api/stories/" + id, alice));
    }

    @Test
    void theCreatorKeepsAccessWhenTakenOffTheByline() {
        long id = create(alice, "Handed over", null);
        expect(200, api.put("/api/stories/" + id, edit("Handed over", 1, List.of(bobSlug)), editor));
        ApiClient.Reply read = expect(200, api.get("/api/stories/" + id, alice));
        assertEquals("alice", read.text("createdBy"));
        expect(200, api.put("/api/stories/" + id, edit("Handed over, still Alice's", 2, null), alice));
    }

    @Test
    void aReporterBylinedByAnEditorMayOpenTheEditorsStory() {
        long mine = create(editor, "The editor's own piece", null);
        problem(403, api.get("/api/stories/" + mine, alice));
        long credited = create(editor, "Credited to Alice", List.of(aliceSlug));
        expect(200, api.get("/api/stories/" + credited, alice));
        expect(200, api.put("/api/stories/" + credited, edit("Credited to Alice, revised", 1, null), alice));
        problem(403, api.get("/api/stories/" + credited, bob));
    }

    @Test
    void aReportersListNeverShowsAnotherReportersStories() {
        long a1 = create(alice, "Alice lists one", null);
        long a2 = create(alice, "Alice lists two", null);
        long b1 = create(bob, "Bob's own", null);
        long e1 = create(editor, "The desk's own", null);

        for (String query : List.of("", "?mine=false", "?mine=true", "?size=100", "?status=DRAFT&size=100",
                "?section=beat&size=100", "?author=" + bobSlug, "?author=" + editorSlug, "?mine=false&author=" + bobSlug)) {
            ApiClient.Reply list = expect(200, api.get("/api/stories" + query, alice));
            List<Long> ids = ids(list);
            assertAll(query,
                    () -> assertFalse(ids.contains(b1), "Bob's story in Alice's list " + query + ": " + list),
                    () -> assertFalse(ids.contains(e1), "the editor's story in Alice's list " + query + ": " + list));
            for (JsonNode story : list.json().get("items").values()) {
                boolean hers = "alice".equals(story.get("createdBy").getStringValue()) || bylineSlugs(story).contains(aliceSlug);
                assertTrue(hers, "not Alice's story in her list " + query + ": " + story);
            }
            long total = list.number("totalItems");
            assertTrue(total >= ids.size());
        }
        List<Long> hers = ids(expect(200, api.get("/api/stories?size=100", alice)));
        assertTrue(hers.containsAll(List.of(a1, a2)), hers.toString());
        // the count is the reporter's too: no hint of how many stories others have
        // (stories Bob shares with Alice are hers too; Bob's own are not counted)
        ApiClient.Reply bobsOnly = expect(200, api.get("/api/stories?size=100&author=" + bobSlug, alice));
        assertEquals(ids(bobsOnly).size(), bobsOnly.number("totalItems"), bobsOnly.body());
        ApiClient.Reply everything = expect(200, api.get("/api/stories?size=100", alice));
        assertEquals(ids(everything).size(), everything.number("totalItems"), everything.body());

        for (String token : List.of(editor, admin)) {
            List<Long> all = ids(expect(200, api.get("/api/stories?size=100", token)));
            assertTrue(all.containsAll(List.of(a1, a2, b1, e1)), all.toString());
        }
        List<Long> editorsOwn = ids(expect(200, api.get("/api/stories?mine=true&size=100", editor)));
        assertTrue(editorsOwn.contains(e1));
        assertFalse(editorsOwn.contains(b1));
    }

    @Test
    void withoutATokenEveryApiEndpointIs401() {
        long id = create(alice, "Locked away", null);
        byte[] story = "{\"headline\":\"Anonymous\",\"section\":\"beat\"}".getBytes(StandardCharsets.UTF_8);
        List<Object[]> calls = List.of(
                new Object[]{"GET", "/api/stories", null},
                new Object[]{"GET", "/api/stories?status=DRAFT&mine=true", null},
                new Object[]{"POST", "/api/stories", story},
                new Object[]{"GET", "/api/stories/" + id, null},
                new Object[]{"PUT", "/api/stories/" + id, story},
                new Object[]{"GET", "/api/stories/987654", null},
                new Object[]{"GET", "/api/users", null},
                new Object[]{"POST", "/api/users", "{\"username\":\"intruder\",\"password\":\"0123456789\",\"displayName\":\"I\",\"role\":\"ADMIN\"}".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"GET", "/api/users/1", null},
                new Object[]{"PATCH", "/api/users/1", "{\"enabled\":false}".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"PUT", "/api/users/me/password", "{\"currentPassword\":\"x\",\"newPassword\":\"0123456789\"}".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"PUT", "/api/users/1/password", "{\"newPassword\":\"0123456789\"}".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"GET", "/api/authors", null},
                new Object[]{"POST", "/api/authors", "{\"name\":\"Anon\"}".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"GET", "/api/authors/" + aliceSlug, null},
                new Object[]{"PUT", "/api/authors/" + aliceSlug, "{\"name\":\"Defaced\"}".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"GET", "/api/sections", null},
                new Object[]{"POST", "/api/sections", "{\"slug\":\"anon\",\"title\":\"Anon\"}".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"GET", "/api/sections/beat", null},
                new Object[]{"PUT", "/api/sections/beat", "{\"title\":\"Defaced\"}".getBytes(StandardCharsets.UTF_8)});
        List<String> faults = new ArrayList<>();
        for (String token : new String[]{null, "not-a-jwt"}) {
            for (Object[] call : calls) {
                byte[] body = (byte[]) call[2];
                ApiClient.Reply reply = api.send((String) call[0], (String) call[1], body, body == null ? null : "application/json", token);
                try {
                    problem(401, reply);
                } catch (AssertionError e) {
                    faults.add(call[0] + " " + call[1] + (token == null ? " (no token)" : " (bad token)") + ": " + reply);
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        // and nothing was changed by any of them
        ApiClient.Reply after = expect(200, api.get("/api/stories/" + id, alice));
        assertEquals("Locked away", after.text("headline"));
        assertEquals("BEAT", expect(200, api.get("/api/sections/beat", alice)).text("title"));
        assertEquals("User alice", expect(200, api.get("/api/authors/" + aliceSlug, alice)).text("name"));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private long create(String token, String headline, List<String> bylines) {
        Map<String, Object> story = body("headline", headline, "dek", "Dek of " + headline, "body", "Body.", "section", "beat");
        if (bylines != null) {
            story.put("bylines", bylines);
        }
        return expect(201, api.post("/api/stories", story, token)).number("id");
    }

    private static Map<String, Object> edit(String headline, long version, List<String> bylines) {
        Map<String, Object> story = body("headline", headline, "dek", "Dek of " + headline, "body", "Body, edited.",
                "section", "beat", "version", version);
        if (bylines != null) {
            story.put("bylines", bylines);
        }
        return story;
    }
}
