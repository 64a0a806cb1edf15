package news.cms.app.desk.queue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' queue, review screen and schedule board in a browser without JavaScript: what each
 * action's form refuses and why, what it does, and who may use it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueueBrowserTest extends ApiTest {

    /** Far from UTC, so that a time read in the wrong zone shows. */
    private static final ZoneId NEWSROOM = ZoneId.of("America/New_York");

    private String reporter;
    private String editor;
    private Browser desk;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.timezone", NEWSROOM.getId());
        // every schedule the poller meets counts as missed, so the board's "Missed" list can be seen
        props.put("cms.schedule.allowed-lateness", "0s");
        return props;
    }

    @BeforeAll
    void newsroom() {
        section("news");
        reporter = user("rita", "REPORTER");
        editor = user("eddie", "EDITOR");
        desk = new Browser(server.getURI());
        assertEquals(303, desk.signIn("eddie", "Pass-for-eddie-1").status());
    }

    @Test
    @Order(1)
    void anEmptyQueueAndAnEmptyBoardSaySo() {
        Browser.Page queue = desk.get("/desk/queue");
        assertEquals(200, queue.status(), queue.toString());
        assertTrue(queue.html().text().contains("Nothing is waiting for an editor"), queue.toString());
        assertTrue(queue.html().select("table.queue").isEmpty());
        Document board = desk.get("/desk/schedule").html();
        assertTrue(board.text().contains("No story is scheduled"), board.text());
        assertTrue(board.text().contains("No schedule was missed in the last 7 days"), board.text());
    }

    @Test
    void theQueueShowsSubmittedAndApprovedStoriesTheOneWaitingLongestFirst() {
        long approved = submitted("Order: approved first");
        expect(200, api.post(action(approved, "approve"), body(), editor));
        long first = submitted("Order: submitted second");
        long second = submitted("Order: submitted third");
        long draft = expect(201, api.post("/api/stories", draft("Order: still a draft"), reporter)).number("id");

        Document queue = desk.get("/desk/queue").html();
        List<String> headlines = queue.select("table.queue tbody th a").eachText().stream()
                .filter(h -> h.startsWith("Order: ")).toList();
        assertEquals(List.of("Order: approved first", "Order: submitted second", "Order: submitted third"), headlines);
        Element row = queue.selectFirst("table.queue a[href=/desk/queue/" + approved + "]").closest("tr");
        assertEquals("Approved", row.selectFirst(".status").text());
        assertEquals("NEWS", row.select("td").get(1).text());
        assertEquals("User rita", row.select("td").get(2).text());
        assertFalse(row.selectFirst("time").text().isBlank());
        assertNotNull(queue.selectFirst("a[href=/desk/queue/" + first + "]"));
        assertNotNull(queue.selectFirst("a[href=/desk/queue/" + second + "]"));
        assertNull(queue.selectFirst("a[href=/desk/queue/" + draft + "]"), "drafts are not waiting for an editor");
    }

    @Test
    void theReviewScreenShowsTheStoryAsReadersWillAndOnlyTheFormsItsStateAllows() {
        long id = expect(201, api.post("/api/stories", draft("Review me").with("dek", "What it is about")
                .with("body", "First **bold** paragraph.\n\n<script>alert(1)</script>"), reporter)).number("id");
        expect(200, api.post(action(id, "submit"), body(), reporter));

        Document review = desk.get("/desk/queue/" + id).html();
        assertEquals("Review me", review.selectFirst("h1").text());
        Element article = review.selectFirst("article.preview");
        assertEquals("What it is about", article.selectFirst(".dek").text());
        assertEquals("By User rita", article.selectFirst(".bylines").text());
        assertEquals("bold", article.selectFirst(".body strong").text());
        assertTrue(review.select("script").isEmpty(), "the body is sanitised");
        assertEquals("/desk/stories/" + id, review.selectFirst("a:contains(Edit in the story editor)").attr("href"));
        assertNotNull(review.selectFirst("form[action=/desk/preview] input[name=story][value=" + id + "]"));
        assertEquals(List.of("return", "approve", "schedule", "publish"), actionsOffered(review, id));
        assertTrue(review.selectFirst("legend").text().contains("America/New_York"), review.selectFirst("legend").text());

        publishNow(id);
        assertEquals(List.of("unpublish"), actionsOffered(desk.get("/desk/queue/" + id).html(), id));
        assertNotNull(desk.get("/desk/queue/" + id).html().selectFirst("a[href=/desk/queue/" + id + "/correct]"));
    }

    @Test
    void returningWithoutANoteIsRefusedNextToTheNoteAndChangesNothing() {
        long id = submitted("Return without a note");
        Browser.Page refused = desk.post("/desk/queue/" + id + "/return", form(id, "return", "note", "   "));
        assertEquals(400, refused.status(), refused.toString());
        Document page = refused.html();
        assertEquals("Is required.", page.selectFirst("#note-error").text());
        assertEquals("true", page.selectFirst("textarea#note").attr("aria-invalid"));
        assertTrue(page.selectFirst("textarea#note").attr("aria-describedby").contains("note-error"));
        assertEquals("SUBMITTED", status(id));
        assertEquals(0, story(id).json().get("notes").size());
    }

    @Test
    void returningWithANoteSendsTheStoryBackWithTheNoteOnRecord() {
        long id = submitted("Return with a note");
        Browser.Page returned = desk.post("/desk/queue/" + id + "/return", form(id, "return", "note", "Check the quote\r\nin paragraph 2."));
        assertEquals(303, returned.status(), returned.toString());
        assertEquals("/desk/queue", returned.header("Location"));
        assertEquals("DRAFT", status(id));
        assertEquals("Check the quote\nin paragraph 2.", story(id).json().get("notes").get(0).get("text").getStringValue());

        Document queue = desk.get("/desk/queue").html();
        assertEquals("Returned to the reporter with your note: “Return with a note”.", queue.selectFirst(".notice").text());
        assertNull(queue.selectFirst("a[href=/desk/queue/" + id + "]"));
        Document review = desk.get("/desk/queue/" + id).html();
        assertTrue(review.selectFirst(".note").text().contains("eddie"), review.selectFirst(".note").text());
        assertTrue(review.selectFirst(".note").text().contains("Check the quote"));
    }

    @Test
    void schedulingInThePastIsRefusedNextToTheTimeKeepingWhatWasTyped() {
        long id = submitted("Scheduled too late");
        String yesterday = LocalDate.now(NEWSROOM).minusDays(1).toString();
        Browser.Page refused = desk.post("/desk/queue/" + id + "/schedule", form(id, "schedule", "date", yesterday, "time", "09:00"));
        assertEquals(400, refused.status(), refused.toString());
        Document page = refused.html();
        assertTrue(page.selectFirst("#publishAt-error").text().startsWith("Must be in the future"), page.selectFirst("#publishAt-error").text());
        assertEquals(yesterday, page.selectFirst("input#date").val());
        assertEquals("09:00", page.selectFirst("input#time").val());
        assertEquals("true", page.selectFirst("input#time").attr("aria-invalid"));
        assertEquals("publishAt-error", page.selectFirst("input#date").attr("aria-describedby"));
        assertEquals("SUBMITTED", status(id));

        Browser.Page noTime = desk.post("/desk/queue/" + id + "/schedule", form(id, "schedule", "date", yesterday, "time", ""));
        assertEquals(400, noTime.status());
        assertEquals("Needs both a date and a time.", noTime.html().selectFirst("#publishAt-error").text());
        Browser.Page nonsense = desk.post("/desk/queue/" + id + "/schedule", form(id, "schedule", "date", "25/11/2030", "time", "9am"));
        assertEquals(400, nonsense.status());
        assertTrue(nonsense.html().selectFirst("#publishAt-error").text().contains("2026-11-25"));
        assertEquals("SUBMITTED", status(id));
    }

    @Test
    void aScheduleIsReadInTheNewsroomsZoneAndShownOnTheBoard() {
        long id = submitted("Goes out tomorrow morning");
        LocalDate tomorrow = LocalDate.now(NEWSROOM).plusDays(1);
        Browser.Page scheduled = desk.post("/desk/queue/" + id + "/schedule", form(id, "schedule", "date", tomorrow.toString(), "time", "09:00"));
        assertEquals(303, scheduled.status(), scheduled.toString());
        Instant expected = tomorrow.atTime(LocalTime.of(9, 0)).atZone(NEWSROOM).toInstant();
        assertEquals("SCHEDULED", status(id));
        assertEquals(expected, Instant.parse(story(id).text("scheduledAt")));

        Document review = desk.get("/desk/queue/" + id).html();
        String day = tomorrow.getDayOfMonth() + " " + tomorrow.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + " " + tomorrow.getYear();
        assertEquals("Scheduled for " + day + ", 09:00 (America/New_York).", review.selectFirst(".notice").text());
        assertEquals(List.of("unschedule", "publish"), actionsOffered(review, id));

        Document board = desk.get("/desk/schedule").html();
        Element row = board.selectFirst("table.upcoming a[href=/desk/queue/" + id + "]").closest("tr");
        assertEquals(day + ", 09:00", row.selectFirst("time").text());
        assertEquals(expected.atZone(NEWSROOM).toOffsetDateTime().toString(), row.selectFirst("time").attr("datetime"));

        Browser.Page unscheduled = desk.post("/desk/queue/" + id + "/unschedule", form(id, "unschedule"));
        assertEquals(303, unscheduled.status(), unscheduled.toString());
        assertEquals("APPROVED", status(id));
        assertTrue(desk.get("/desk/queue/" + id).html().selectFirst(".notice").text().startsWith("Unscheduled"));
        assertNull(desk.get("/desk/schedule").html().selectFirst("table.upcoming a[href=/desk/queue/" + id + "]"));
    }

    @Test
    void aScheduleTheServerMetLateIsOnTheBoardAsMissed() throws InterruptedException {
        long id = submitted("Went out late");
        Instant due = Instant.now().plusMillis(700).truncatedTo(ChronoUnit.MILLIS);
        expect(200, api.post(action(id, "schedule"), body("publishAt", due.toString()), editor));
        for (int i = 0; i < 40 && !"PUBLISHED".equals(status(id)); i++) {
            Thread.sleep(100);
        }
        assertEquals("PUBLISHED", status(id));
        Element row = desk.get("/desk/schedule").html().selectFirst("table.missed a[href=/desk/queue/" + id + "]");
        assertNotNull(row, "not on the board as missed");
        assertEquals("Went out late", row.text());
        assertTrue(row.closest("tr").select("td").get(2).text().endsWith("seconds"), row.closest("tr").text());
    }

    @Test
    void aFormOfAStoryChangedSinceDoesNothingSaysSoAndKeepsWhatWasTyped() {
        long id = submitted("Changed under the editor");
        Map<String, String> returnForm = form(id, "return", "note", "This note is kept");
        Map<String, String> scheduleForm = form(id, "schedule", "date", LocalDate.now(NEWSROOM).plusDays(3).toString(), "time", "10:30");
        // someone else edits it meanwhile: its version moves on, its state stays
        long version = story(id).number("version");
        expect(200, api.put("/api/stories/" + id, draft("Changed under the editor").with("dek", "A new dek")
                .with("version", version), editor));

        for (Map<String, String> stale : List.of(returnForm, scheduleForm)) {
            String path = stale == returnForm ? "/return" : "/schedule";
            Browser.Page refused = desk.post("/desk/queue/" + id + path, stale);
            assertEquals(409, refused.status(), refused.toString());
            Document page = refused.html();
            assertTrue(page.selectFirst(".errors").text().contains("someone changed this story after you opened it"),
                    page.selectFirst(".errors").text());
            if (stale == returnForm) {
                assertEquals("This note is kept", page.selectFirst("textarea#note").val());
            } else {
                assertEquals(scheduleForm.get("date"), page.selectFirst("input#date").val());
                assertEquals("10:30", page.selectFirst("input#time").val());
            }
            assertEquals("A new dek", page.selectFirst("article.preview .dek").text(), "shown as it is now");
            assertEquals(String.valueOf(version + 1), page.selectFirst("form[action$=/return] input[name=version]").val());
        }
        assertEquals("SUBMITTED", status(id));
        assertEquals(0, story(id).json().get("notes").size());
    }

    @Test
    void anActionTheStoryHasMovedPastDoesNothingAndSaysSo() {
        long id = submitted("Approved by someone else");
        Map<String, String> approve = form(id, "approve");
        Map<String, String> unpublish = new LinkedHashMap<>(approve);
        unpublish.put("reason", "Never mind");
        expect(200, api.post(action(id, "approve"), body(), editor));

        Browser.Page refused = desk.post("/desk/queue/" + id + "/approve", approve);
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("Nothing was done: the story is now approved, so it cannot be approved.",
                refused.html().selectFirst(".errors").text());
        assertEquals("APPROVED", status(id));

        Browser.Page notLive = desk.post("/desk/queue/" + id + "/unpublish", unpublish);
        assertEquals(409, notLive.status(), notLive.toString());
        assertEquals("Nothing was done: the story is now approved, so it cannot be unpublished.",
                notLive.html().selectFirst(".errors").text());
        assertEquals("", notLive.html().select("textarea#reason").val());
        assertEquals("APPROVED", status(id));
    }

    @Test
    void aFormWithoutTheStorysVersionDoesNothing() {
        long id = submitted("No version");
        Map<String, String> fields = form(id, "approve");
        fields.remove("version");
        Browser.Page refused = desk.post("/desk/queue/" + id + "/approve", fields);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.html().selectFirst(".errors").text().contains("missing the story's version"));
        assertEquals("SUBMITTED", status(id));
    }

    @Test
    void publishingNowPutsTheStoryOnThePublicSiteAndUnpublishingNeedsAReason() {
        long id = submitted("Live and then gone");
        publishNow(id);
        Document review = desk.get("/desk/queue/" + id).html();
        assertEquals("Published: the story is live.", review.selectFirst(".notice").text());
        String path = review.selectFirst("a[href^=/20]").attr("href");
        assertEquals(200, api.getAsBrowser(path).status());

        Browser.Page noReason = desk.post("/desk/queue/" + id + "/unpublish", form(id, "unpublish", "reason", ""));
        assertEquals(400, noReason.status(), noReason.toString());
        assertEquals("Is required.", noReason.html().selectFirst("#reason-error").text());
        assertEquals("PUBLISHED", status(id));

        Browser.Page gone = desk.post("/desk/queue/" + id + "/unpublish", form(id, "unpublish", "reason", "Legal asked us to"));
        assertEquals(303, gone.status(), gone.toString());
        assertEquals("UNPUBLISHED", status(id));
        assertEquals(404, api.getAsBrowser(path).status());
        Element last = desk.get("/desk/queue/" + id).html().select("table.history tbody tr").last();
        assertEquals("Unpublished", last.select("td").get(2).text());
        assertEquals("Published → Unpublished", last.select("td").get(3).text());
        assertEquals("unpublished: Legal asked us to", last.select("td").get(4).text());
    }

    @Test
    void theHistoryShowsEveryStepWithWhoAndTheStates() {
        long id = submitted("With a history");
        assertEquals(303, desk.post("/desk/queue/" + id + "/approve", form(id, "approve")).status());
        Document review = desk.get("/desk/queue/" + id).html();
        List<List<String>> rows = review.select("table.history tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList().subList(1, 4)).toList();
        assertEquals(List.of(List.of("rita", "Created", "Draft"), List.of("rita", "Submitted", "Draft → Submitted"),
                List.of("eddie", "Approved", "Submitted → Approved")), rows);
        assertTrue(review.selectFirst("table.history caption").text().contains("America/New_York"));
    }

    @Test
    void aCorrectionAddsAPublicNoteAndMayChangeTheTextKeepingTheRest() {
        long id = submitted("Corrected story");
        publishNow(id);
        Document form = desk.get("/desk/queue/" + id + "/correct").html();
        assertEquals("Corrected story", form.selectFirst("input#headline").val());
        Map<String, String> fields = hidden(form, "form[action=/desk/queue/" + id + "/correct]");

        Map<String, String> noNote = new LinkedHashMap<>(fields);
        noNote.put("note", "");
        noNote.put("headline", "Corrected story, with the right name");
        noNote.put("dek", form.selectFirst("textarea#dek").val());
        noNote.put("body", "The right name.");
        Browser.Page refused = desk.post("/desk/queue/" + id + "/correct", noNote);
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("Is required.", refused.html().selectFirst("#note-error").text());
        assertEquals("Corrected story, with the right name", refused.html().selectFirst("input#headline").val(), "kept as typed");
        assertEquals("Corrected story", story(id).text("headline"));

        Map<String, String> withNote = new LinkedHashMap<>(noNote);
        withNote.put("note", "An earlier version misspelt the name.");
        Browser.Page corrected = desk.post("/desk/queue/" + id + "/correct", withNote);
        assertEquals(303, corrected.status(), corrected.toString());
        ApiClient.Reply after = story(id);
        assertEquals("PUBLISHED", after.text("status"));
        assertEquals("Corrected story, with the right name", after.text("headline"));
        assertEquals("The right name.", after.text("body"));
        assertEquals("news", after.text("section"));
        assertEquals(List.of(authorSlugOf("rita")), bylineSlugs(after.json()));
        assertEquals("An earlier version misspelt the name.", after.json().get("corrections").get(0).get("note").getStringValue());
        String path = desk.get("/desk/queue/" + id).html().selectFirst("a[href^=/20]").attr("href");
        assertTrue(api.getAsBrowser(path).body().contains("An earlier version misspelt the name."));

        // the form read before the correction is now stale: nothing happens, and what was typed is still in
        // the form, now over the current version, to be sent again on purpose
        Browser.Page stale = desk.post("/desk/queue/" + id + "/correct", withNote);
        assertEquals(409, stale.status(), stale.toString());
        assertTrue(stale.html().selectFirst(".errors").text().contains("someone changed this story"));
        assertEquals("An earlier version misspelt the name.", stale.html().selectFirst("textarea#note").val());
        assertEquals(1, story(id).json().get("corrections").size());
        assertEquals(story(id).text("version"), stale.html().selectFirst("input[name=version]").val());
    }

    @Test
    void onlyAPublishedStoryCanBeCorrected() {
        long id = submitted("Not live yet");
        Browser.Page page = desk.get("/desk/queue/" + id + "/correct");
        assertEquals(409, page.status(), page.toString());
        assertEquals("Only a published story can be corrected; this one is submitted.", page.html().selectFirst(".errors").text());
    }

    @Test
    void aReporterGetsEditorsOnlyAndCannotTakeAnyAction() {
        long id = submitted("Not for reporters");
        long version = story(id).number("version");
        Browser reporterDesk = new Browser(server.getURI());
        assertEquals(303, reporterDesk.signIn("rita", "Pass-for-rita-1").status());
        for (String path : List.of("/desk/queue", "/desk/schedule", "/desk/queue/" + id, "/desk/queue/" + id + "/correct")) {
            Browser.Page refused = reporterDesk.get(path);
            assertEquals(403, refused.status(), path + ": " + refused);
            assertEquals("Editors only", refused.html().selectFirst("h1").text());
        }
        String csrf = reporterDesk.get("/desk").html().selectFirst("input[name=csrf]").val();
        for (String action : List.of("return", "approve", "schedule", "unschedule", "publish", "unpublish", "correct")) {
            Map<String, String> fields = new LinkedHashMap<>(Map.of("csrf", csrf, "version", String.valueOf(version),
                    "note", "A note", "reason", "A reason", "date", LocalDate.now(NEWSROOM).plusDays(2).toString(),
                    "time", "10:00", "headline", "Taken over"));
            Browser.Page refused = reporterDesk.post("/desk/queue/" + id + "/" + action, fields);
            assertEquals(403, refused.status(), action + ": " + refused);
        }
        ApiClient.Reply unchanged = story(id);
        assertEquals("SUBMITTED", unchanged.text("status"));
        assertEquals(version, unchanged.number("version"));
    }

    @Test
    void aFormWithoutItsSecurityTokenIsRefused() {
        long id = submitted("No token");
        Map<String, String> fields = form(id, "approve");
        fields.remove("csrf");
        assertEquals(403, desk.post("/desk/queue/" + id + "/approve", fields).status());
        assertEquals("SUBMITTED", status(id));
    }

    // helpers

    private long submitted(String headline) {
        long id = expect(201, api.post("/api/stories", draft(headline), reporter)).number("id");
        expect(200, api.post(action(id, "submit"), body(), reporter));
        return id;
    }

    private void publishNow(long id) {
        Browser.Page published = desk.post("/desk/queue/" + id + "/publish", form(id, "publish"));
        assertEquals(303, published.status(), published.toString());
        assertEquals("PUBLISHED", status(id));
    }

    /** The hidden fields of the review screen's form for the action, as the editor's browser has them, plus {@code typed}. */
    private Map<String, String> form(long id, String action, String... typed) {
        Document review = desk.get("/desk/queue/" + id).html();
        Map<String, String> fields = hidden(review, "form[action=/desk/queue/" + id + "/" + action + "]");
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> hidden(Document page, String formSelector) {
        Element form = page.selectFirst(formSelector);
        assertNotNull(form, "no " + formSelector);
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
        return fields;
    }

    /** The actions the review screen has a form for, in order. */
    private static List<String> actionsOffered(Document review, long id) {
        String prefix = "/desk/queue/" + id + "/";
        return review.select("form[action^=" + prefix + "]").eachAttr("action").stream()
                .map(action -> action.substring(prefix.length())).toList();
    }

    private ApiClient.Reply story(long id) {
        return expect(200, api.get("/api/stories/" + id, editor));
    }

    private String status(long id) {
        return story(id).text("status");
    }

    private static String action(long id, String action) {
        return "/api/stories/" + id + "/" + action;
    }
}
