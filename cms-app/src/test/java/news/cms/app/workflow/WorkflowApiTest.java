package news.cms.app.workflow;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static news.cms.app.ProblemAssertions.fieldError;
import static news.cms.app.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow actions' bodies and their validation over HTTP, return notes, corrections,
 * back-dating, concurrent actions, the schedule board, and the scheduler publishing a story on a
 * running server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowApiTest extends ApiTest {

    private static final List<String> ACTIONS = List.of("submit", "return", "approve", "schedule", "unschedule",
            "publish", "unpublish", "correct");

    private String reporter;
    private String otherReporter;
    private String editor;
    private String secondEditor;

    @BeforeAll
    void newsroom() {
        section("city");
        reporter = user("wanda", "REPORTER");
        otherReporter = user("victor", "REPORTER");
        editor = user("ellen", "EDITOR");
        secondEditor = user("ernest", "EDITOR");
    }

    // ---- return -----------------------------------------------------------------------------------

    @Test
    void returnWithoutANoteIs400NamingNoteAndTheStoryStaysSubmitted() {
        long id = submitted("Return without a note");
        fieldError("note", api.post(action(id, "return"), body(), editor));
        fieldError("note", api.post(action(id, "return"), body("note", null), editor));
        fieldError("note", api.post(action(id, "return"), body("note", "   "), editor));
        ApiClient.Reply after = read(id, editor);
        assertEquals("SUBMITTED", after.text("status"));
        assertEquals(0, after.json().get("notes").size(), after.body());
    }

    @Test
    void theReturnNoteIsShownToTheReporterButNotToAnotherReporter() {
        long id = submitted("Returned with a note");
        Instant before = Instant.now().minusSeconds(1);
        ApiClient.Reply returned = expect(200, api.post(action(id, "return"),
                body("note", "Needs a second source for the quote"), editor));
        assertEquals("DRAFT", returned.text("status"));

        ApiClient.Reply story = read(id, reporter);
        JsonNode notes = story.json().get("notes");
        assertNotNull(notes, "no notes in " + story.body());
        assertEquals(1, notes.size(), story.body());
        JsonNode note = notes.get(0);
        assertEquals("Needs a second source for the quote", note.get("text").getStringValue());
        assertEquals("ellen", note.get("by").getStringValue());
        Instant at = Instant.parse(note.get("at").getStringValue());
        assertTrue(!at.isBefore(before) && !at.isAfter(Instant.now().plusSeconds(1)), "note at " + at);

        ApiClient.Reply listed = expect(200, api.get(action(id, "notes"), reporter));
        assertTrue(listed.json().isArray(), listed.body());
        assertEquals(notes, listed.json());
        assertEquals(notes, expect(200, api.get(action(id, "notes"), editor)).json());

        ApiClient.Reply refused = problem(403, api.get(action(id, "notes"), otherReporter));
        assertFalse(refused.body().contains("second source"), "a refused read shows the note: " + refused.body());

        // a second round adds a second note, oldest first
        expect(200, api.post(action(id, "submit"), body(), reporter));
        expect(200, api.post(action(id, "return"), body("note", "Better; now trim it to 600 words"), secondEditor));
        JsonNode both = expect(200, api.get(action(id, "notes"), reporter)).json();
        assertEquals(2, both.size(), both.toString());
        assertEquals("Needs a second source for the quote", both.get(0).get("text").getStringValue());
        assertEquals("Better; now trim it to 600 words", both.get(1).get("text").getStringValue());
        assertEquals("ernest", both.get(1).get("by").getStringValue());
    }

    // ---- unpublish --------------------------------------------------------------------------------

    @Test
    void unpublishWithoutAReasonIs400NamingReasonAndTheStoryStaysLive() {
        long id = published("Unpublish without a reason");
        fieldError("reason", api.post(action(id, "unpublish"), body(), editor));
        fieldError("reason", api.post(action(id, "unpublish"), body("reason", ""), editor));
        assertEquals("PUBLISHED", read(id, editor).text("status"));
        assertEquals("UNPUBLISHED", expect(200, api.post(action(id, "unpublish"),
                body("reason", "Wrong person named"), editor)).text("status"));
    }

    // ---- schedule ---------------------------------------------------------------------------------

    @Test
    void scheduleWithAPastPublishAtIs400NamingPublishAt() {
        long id = approved("Scheduled in the past");
        fieldError("publishAt", api.post(action(id, "schedule"),
                body("publishAt", Instant.now().minus(Duration.ofHours(1)).toString()), editor));
        fieldError("publishAt", api.post(action(id, "schedule"), body(), editor));
        ApiClient.Reply after = read(id, editor);
        assertEquals("APPROVED", after.text("status"));
        assertTrue(after.json().get("scheduledAt").isNull(), after.body());
    }

    @Test
    void scheduleWithAPublishAtThatIsNotATimeIs400() {
        long id = approved("Scheduled at no time");
        ApiClient.Reply reply = problem(400, api.post(action(id, "schedule"), body("publishAt", "not a time"), editor));
        fieldError("publishAt", reply);
        fieldError("publishAt", api.post(action(id, "schedule"), body("publishAt", "2030-13-45T99:00:00Z"), editor));
        assertEquals("APPROVED", read(id, editor).text("status"));
    }

    @Test
    void theScheduleBoardListsAScheduledStoryForEditorsOnly() {
        long id = approved("On the board");
        Instant at = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        ApiClient.Reply scheduled = expect(200, api.post(action(id, "schedule"), body("publishAt", at.toString()), editor));
        assertEquals("SCHEDULED", scheduled.text("status"));
        assertEquals(at, Instant.parse(scheduled.text("scheduledAt")));

        for (String token : List.of(editor, admin)) {
            ApiClient.Reply board = expect(200, api.get("/api/schedule", token));
            JsonNode upcoming = board.json().get("upcoming");
            assertNotNull(upcoming, board.body());
            JsonNode entry = null;
            for (JsonNode item : upcoming.values()) {
                if (item.get("id").getLongValue() == id) {
                    entry = item;
                }
            }
            assertNotNull(entry, "story " + id + " not upcoming: " + board.body());
            assertEquals(at, Instant.parse(entry.get("scheduledAt").getStringValue()));
            assertEquals("On the board", entry.get("headline").getStringValue());
        }
        problem(403, api.get("/api/schedule", reporter));

        // unscheduled, it leaves the board
        ApiClient.Reply unscheduled = expect(200, api.post(action(id, "unschedule"), body(), editor));
        assertEquals("APPROVED", unscheduled.text("status"));
        assertTrue(unscheduled.json().get("scheduledAt").isNull(), unscheduled.body());
        for (JsonNode item : expect(200, api.get("/api/schedule", editor)).json().get("upcoming").values()) {
            assertFalse(item.get("id").getLongValue() == id, "unscheduled story still upcoming");
        }
    }

    @Test
    void aScheduledStoryGoesLiveOnTimeOnTheRunningServer() throws Exception {
        long id = approved("Goes live by itself");
        Instant publishAt = Instant.now().plus(Duration.ofSeconds(2)).truncatedTo(ChronoUnit.MILLIS);
        ApiClient.Reply scheduled = expect(200, api.post(action(id, "schedule"), body("publishAt", publishAt.toString()), editor));
        assertEquals("SCHEDULED", scheduled.text("status"));
        assertEquals(publishAt, Instant.parse(scheduled.text("scheduledAt")));

        Instant deadline = publishAt.plus(Duration.ofSeconds(5));
        ApiClient.Reply story;
        Instant observed;
        do {
            Thread.sleep(100);
            story = read(id, editor);
            observed = Instant.now();
        } while (!"PUBLISHED".equals(story.text("status")) && observed.isBefore(deadline));

        assertEquals("PUBLISHED", story.text("status"), "not published within 5 s of its time: " + story.body());
        assertFalse(observed.isBefore(publishAt), "published before its time: observed " + observed + ", due " + publishAt);
        assertEquals(publishAt, Instant.parse(story.text("publishedAt")), story.body());
        Duration late = Duration.between(publishAt, observed);
        assertTrue(late.compareTo(Duration.ofMillis(1500)) < 0, "published " + late.toMillis() + " ms late");
    }

    // ---- publish ----------------------------------------------------------------------------------

    @Test
    void publishWithAPastPublishedAtBackDates() {
        long id = approved("Back-dated");
        Instant past = Instant.parse("2020-10-15T08:00:00Z");
        ApiClient.Reply published = expect(200, api.post(action(id, "publish"), body("publishedAt", past.toString()), editor));
        assertEquals("PUBLISHED", published.text("status"));
        assertEquals(past, Instant.parse(published.text("publishedAt")));
        assertEquals(past, Instant.parse(read(id, editor).text("publishedAt")));

        long withMillis = approved("Back-dated to the millisecond");
        Instant precise = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
        assertEquals(precise, Instant.parse(expect(200, api.post(action(withMillis, "publish"),
                body("publishedAt", precise.toString()), editor)).text("publishedAt")));
    }

    @Test
    void publishWithoutAPublishedAtIsNow() {
        long id = approved("Published now");
        Instant before = Instant.now().minusSeconds(1);
        ApiClient.Reply published = expect(200, api.post(action(id, "publish"), body(), editor));
        Instant at = Instant.parse(published.text("publishedAt"));
        assertTrue(!at.isBefore(before) && !at.isAfter(Instant.now().plusSeconds(1)), "publishedAt " + at);
    }

    @Test
    void publishWithAFuturePublishedAtIs400AndTheStoryStaysApproved() {
        long id = approved("Published in the future");
        fieldError("publishedAt", api.post(action(id, "publish"),
                body("publishedAt", Instant.now().plus(Duration.ofDays(1)).toString()), editor));
        ApiClient.Reply after = read(id, editor);
        assertEquals("APPROVED", after.text("status"));
        assertTrue(after.json().get("publishedAt").isNull(), after.body());
    }

    // ---- correct ----------------------------------------------------------------------------------

    @Test
    void correctWithoutAVersionIs400NamingVersion() {
        long id = published("Correct without a version");
        fieldError("version", api.post(action(id, "correct"), body("note", "We misspelled a name"), editor));
        ApiClient.Reply after = read(id, editor);
        assertEquals(0, after.json().get("corrections").size(), after.body());
    }

    @Test
    void correctWithAStaleVersionIs409AndAddsNothing() {
        long id = published("Correct with a stale version");
        long version = read(id, editor).number("version");
        problem(409, api.post(action(id, "correct"), body("note", "Stale", "version", version - 1), editor));
        ApiClient.Reply after = read(id, editor);
        assertEquals(version, after.number("version"));
        assertEquals(0, after.json().get("corrections").size(), after.body());
        assertEquals("PUBLISHED", after.text("status"));
    }

    @Test
    void correctWithANewHeadlineChangesItAndAddsACorrectionNotice() throws Exception {
        long id = published("Mayor Smyth opens the bridge");
        ApiClient.Reply before = read(id, editor);
        Thread.sleep(5);
        Instant sent = Instant.now().minusSeconds(1);
        ApiClient.Reply corrected = expect(200, api.post(action(id, "correct"), body(
                "note", "An earlier version misspelled the mayor's name",
                "version", before.number("version"),
                "headline", "Mayor Smith opens the bridge",
                "dek", before.text("dek"),
                "body", before.text("body"),
                "section", "city"), editor));
        assertEquals("PUBLISHED", corrected.text("status"));
        assertEquals("Mayor Smith opens the bridge", corrected.text("headline"));
        assertTrue(corrected.number("version") > before.number("version"));
        assertEquals(before.text("publishedAt"), corrected.text("publishedAt"), "a correction keeps the publish time");
        assertTrue(Instant.parse(corrected.text("updatedAt")).isAfter(Instant.parse(before.text("updatedAt"))),
                "a new updatedAt: " + corrected.body());

        ApiClient.Reply after = read(id, editor);
        assertEquals("Mayor Smith opens the bridge", after.text("headline"));
        JsonNode corrections = after.json().get("corrections");
        assertEquals(1, corrections.size(), after.body());
        assertEquals("An earlier version misspelled the mayor's name", corrections.get(0).get("note").getStringValue());
        Instant at = Instant.parse(corrections.get(0).get("at").getStringValue());
        assertTrue(!at.isBefore(sent) && !at.isAfter(Instant.now().plusSeconds(1)), "correction at " + at);
        assertEquals(corrections, corrected.json().get("corrections"), "the answer shows the correction too");
    }

    @Test
    void correctWithoutANoteIs400NamingNote() {
        long id = published("Correct without a note");
        long version = read(id, editor).number("version");
        fieldError("note", api.post(action(id, "correct"), body("version", version), editor));
        assertEquals(version, read(id, editor).number("version"));
    }

    // ---- concurrency ------------------------------------------------------------------------------

    @Test
    void twoEditorsApprovingAtOnceGetOne200AndOne409() throws Exception {
        for (int round = 0; round < 10; round++) {
            long id = submitted("Approved twice at once, round " + round);
            List<ApiClient.Reply> replies = together(List.of(
                    () -> api.post(action(id, "approve"), body(), editor),
                    () -> api.post(action(id, "approve"), body(), secondEditor)));
            List<ApiClient.Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
            List<ApiClient.Reply> lost = replies.stream().filter(r -> r.status() == 409).toList();
            assertEquals(1, won.size(), "round " + round + ": " + replies);
            assertEquals(1, lost.size(), "round " + round + ": " + replies);
            problem(409, lost.get(0));
            assertEquals("APPROVED", won.get(0).text("status"));
            ApiClient.Reply after = read(id, editor);
            assertEquals("APPROVED", after.text("status"));
            assertEquals(won.get(0).number("version"), after.number("version"));
        }
    }

    // ---- unknown stories, no token, the API description ---------------------------------------------

    @Test
    void anUnknownStoryIs404ForEveryAction() {
        for (String name : ACTIONS) {
            problem(404, api.post(action(987654321L, name), validBody(name, 1), editor));
        }
        problem(404, api.get(action(987654321L, "notes"), editor));
    }

    @Test
    void withoutATokenEveryWorkflowEndpointIs401() {
        long id = submitted("No token");
        List<String> faults = new ArrayList<>();
        for (String name : ACTIONS) {
            for (long story : new long[]{id, 987654321L}) {
                byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
                ApiClient.Reply reply = api.send("POST", action(story, name), json, "application/json", null);
                if (reply.status() != 401) {
                    faults.add("POST " + action(story, name) + " → " + reply);
                }
            }
        }
        for (String path : List.of(action(id, "notes"), "/api/schedule")) {
            ApiClient.Reply reply = api.get(path, null);
            if (reply.status() != 401) {
                faults.add("GET " + path + " → " + reply);
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        assertEquals("SUBMITTED", read(id, editor).text("status"));
    }

    @Test
    void theOpenApiDescriptionListsTheWorkflowEndpoints() {
        ApiClient.Reply reply = expect(200, api.get("/openapi.yml", null));
        for (String path : List.of("/api/stories/{id}/publish", "/api/schedule")) {
            assertTrue(reply.body().contains(path + ":"), "no " + path + " in the OpenAPI description");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static String action(long id, String name) {
        return "/api/stories/" + id + "/" + name;
    }

    private static Map<String, Object> validBody(String name, long version) {
        return switch (name) {
            case "return" -> body("note", "A note");
            case "schedule" -> body("publishAt", Instant.now().plus(Duration.ofDays(3)).toString());
            case "unpublish" -> body("reason", "A reason");
            case "correct" -> body("note", "A correction", "version", version);
            default -> body();
        };
    }

    private ApiClient.Reply read(long id, String token) {
        return expect(200, api.get("/api/stories/" + id, token));
    }

    /** A draft by the reporter. */
    private long createDraft(String headline) {
        return expect(201, api.post("/api/stories", body("headline", headline, "dek", "The dek of " + headline,
                "body", "The body of " + headline, "section", "city"), reporter)).number("id");
    }

    private long submitted(String headline) {
        long id = createDraft(headline);
        assertEquals("SUBMITTED", expect(200, api.post(action(id, "submit"), body(), reporter)).text("status"));
        return id;
    }

    private long approved(String headline) {
        long id = submitted(headline);
        assertEquals("APPROVED", expect(200, api.post(action(id, "approve"), body(), editor)).text("status"));
        return id;
    }

    private long published(String headline) {
        long id = approved(headline);
        assertEquals("PUBLISHED", expect(200, api.post(action(id, "publish"), body(), editor)).text("status"));
        return id;
    }

    /** Runs the calls on threads of their own, released at one moment. */
    private static List<ApiClient.Reply> together(List<Callable<ApiClient.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiClient.Reply>> futures = new ArrayList<>();
            for (Callable<ApiClient.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            start.countDown();
            List<ApiClient.Reply> replies = new ArrayList<>();
            for (Future<ApiClient.Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
