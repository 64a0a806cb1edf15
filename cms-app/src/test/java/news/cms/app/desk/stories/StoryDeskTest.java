package news.cms.app.desk.stories;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reporter desk in a browser without JavaScript: forms, refusals, conflicts and revisions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryDeskTest extends ApiTest {

    private String ana;
    private String ben;
    private String eva;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void newsroom() {
        section("news");
        section("sport");
        ana = user("ana", "REPORTER");
        ben = user("ben", "REPORTER");
        eva = user("eva", "EDITOR");
    }

    @Test
    void aBlankHeadlineAndAnUnknownSectionAreMarkedBesideTheirFieldsWithEverythingTypedKept() {
        String vera = user("vera", "REPORTER");
        Browser browser = signedIn("vera");
        Map<String, String> form = formOf(browser.get("/desk/stories/new").html());
        assertEquals(authorSlugOf("vera"), form.get("author"), "a new story starts with the writer's own byline");
        form.put("headline", "   ");
        form.put("dek", "A dek that must survive");
        form.put("body", "First paragraph.\r\n\r\nSecond paragraph with **bold**.");
        form.put("section", "news");
        form.put("credit", "Additional reporting by");
        form.put("tags", "city hall, budget");
        form.put("action", "save");

        Browser.Page blank = browser.post("/desk/stories", form);
        assertEquals(400, blank.status(), blank.toString());
        Document html = blank.html();
        assertTrue(html.selectFirst("#headline-error").text().contains("Is required"), html.selectFirst("#headline-error").text());
        assertEquals("true", html.selectFirst("#headline").attr("aria-invalid"));
        assertEquals("headline-error", html.selectFirst("#headline").attr("aria-describedby"));
        assertEquals("A dek that must survive", textarea(html, "#dek"));
        assertEquals("First paragraph.\n\nSecond paragraph with **bold**.", textarea(html, "#body"));
        assertEquals("news", html.selectFirst("#section option[selected]").val());
        assertEquals(authorSlugOf("vera"), html.selectFirst("#author-1 option[selected]").val());
        assertEquals("Additional reporting by", html.selectFirst("#credit-1").val());
        assertEquals("city hall, budget", html.selectFirst("#tags").val());
        assertTrue(html.selectFirst(".errors").text().contains("Nothing was saved"));

        form.put("headline", "Council passes the budget");
        form.put("section", "no-such-desk");
        Browser.Page unknown = browser.post("/desk/stories", form);
        assertEquals(400, unknown.status(), unknown.toString());
        html = unknown.html();
        assertTrue(html.selectFirst("#section-error").text().contains("no-such-desk"), html.selectFirst("#section-error").text());
        assertEquals("true", html.selectFirst("#section").attr("aria-invalid"));
        assertEquals("no-such-desk", html.selectFirst("#section option[selected]").val(), "the unknown value stays chosen");
        assertEquals("Council passes the budget", html.selectFirst("#headline").val());
        assertNull(html.selectFirst("#headline-error"));
        assertEquals(0, expect(200, api.get("/api/stories", vera)).json().get("totalItems").getLongValue(), "nothing saved");
    }

    @Test
    void aNewStoryIsSavedAsADraftWithItsBylinesAndCreditsAndListedUnderDraft() {
        Browser browser = signedIn("ana");
        Map<String, String> form = formOf(browser.get("/desk/stories/new").html());
        form.put("headline", "Harbour reopens after storm");
        form.put("body", "The harbour reopened on Monday.");
        form.put("section", "news");
        form.put("author", authorSlugOf("ben"));
        form.put("credit", "Additional reporting by");
        form.put("tags", "harbour, storm ,");
        form.put("action", "save");
        Browser.Page saved = browser.post("/desk/stories", form);
        assertEquals(303, saved.status(), saved.toString());
        String location = saved.header("Location");
        assertTrue(location.matches("/desk/stories/\\d+"), location);

        JsonNode story = expect(200, api.get("/api" + location.substring("/desk".length()), ana)).json();
        assertEquals("DRAFT", story.get("status").getStringValue());
        assertEquals(List.of(authorSlugOf("ben")), bylineSlugs(story));
        assertEquals("Additional reporting by", story.get("bylines").get(0).get("credit").getStringValue());
        assertEquals(List.of("harbour", "storm"), strings(story.get("tags")));
        assertEquals("ana", story.get("createdBy").getStringValue());

        Document editor = browser.get(location).html();
        assertEquals("Saved as a draft.", editor.selectFirst(".notice").text());
        assertEquals("Draft", editor.selectFirst(".story-meta .status").text());

        Document list = browser.get("/desk/stories").html();
        Element row = list.selectFirst("#state-draft ~ .table-wrap tbody tr:has(a[href=" + location + "])");
        assertEquals("Harbour reopens after storm", row.selectFirst("th").text());
        assertEquals("NEWS", row.selectFirst("td").text());
    }

    @Test
    void bylineRowsKeepTheirOrderAndCreditsAndBlankRowsAreSkipped() throws Exception {
        Browser browser = signedIn("ana");
        String csrf = csrf(browser);
        HttpResponse<String> saved = postRepeated(browser, "/desk/stories", "csrf", csrf, "action", "save",
                "headline", "Three names, one blank row", "section", "news",
                "author", authorSlugOf("ben"), "credit", "Photographs by",
                "author", "", "credit", "",
                "author", authorSlugOf("ana"), "credit", "",
                "author", authorSlugOf("eva"), "credit", "  Additional reporting by ",
                "tags", "", "language", "");
        assertEquals(303, saved.statusCode(), saved.body());
        String location = saved.headers().firstValue("Location").orElseThrow();
        JsonNode story = expect(200, api.get("/api" + location.substring("/desk".length()), ana)).json();
        assertEquals(List.of(authorSlugOf("ben"), authorSlugOf("ana"), authorSlugOf("eva")), bylineSlugs(story));
        assertEquals("Photographs by", story.get("bylines").get(0).get("credit").getStringValue());
        assertTrue(story.get("bylines").get(1).get("credit") == null || story.get("bylines").get(1).get("credit").isNull());
        assertEquals("Additional reporting by", story.get("bylines").get(2).get("credit").getStringValue());
        assertEquals("en", story.get("language").getStringValue());

        // the editor shows them in that order, with two empty rows to add more
        Document editor = browser.get(location).html();
        assertEquals(5, editor.select(".byline-row").size());
        assertEquals(authorSlugOf("eva"), editor.selectFirst("#author-3 option[selected]").val());
        assertEquals("Additional reporting by", editor.selectFirst("#credit-3").val());
        assertEquals("", editor.selectFirst("#author-4 option[selected]").val());

        // a credit without its author is not dropped silently
        HttpResponse<String> orphan = postRepeated(browser, "/desk/stories", "csrf", csrf, "action", "save",
                "headline", "", "section", "news", "author", "", "credit", "Graphics by");
        assertEquals(400, orphan.statusCode(), orphan.body());
        Document refused = org.jsoup.Jsoup.parse(orphan.body());
        assertTrue(refused.selectFirst("#bylines-error").text().contains("Graphics by"), refused.selectFirst("#bylines-error").text());
        assertTrue(refused.selectFirst("#headline-error").text().contains("Is required"), "all faults at once");
        assertEquals("Graphics by", refused.selectFirst("#credit-1").val());
    }

    @Test
    void myStoriesHoldsOnlyTheSignedInPersonsOwnStoriesByState() {
        String cal = user("cal", "REPORTER");
        long draft = create(cal, "Cal's quiet draft");
        long submitted = create(cal, "Cal's finished piece");
        expect(200, api.post("/api/stories/" + submitted + "/submit", Map.of(), cal));
        create(ben, "Ben's story");
        String ed = user("ed", "EDITOR");
        create(ed, "Ed's own column");

        Document list = signedIn("cal").get("/desk/stories").html();
        assertEquals(List.of("Draft (1)", "Submitted (1)"), list.select(".story-group h2").eachText());
        assertEquals(List.of("Cal's quiet draft"), list.select("#state-draft ~ .table-wrap tbody th a").eachText());
        assertEquals("/desk/stories/" + draft, list.selectFirst("#state-draft ~ .table-wrap tbody th a").attr("href"));
        assertEquals(List.of("Cal's finished piece"), list.select("#state-submitted ~ .table-wrap tbody th a").eachText());

        // an editor's My stories is theirs alone too, though they may open every story
        Document editors = signedIn("ed").get("/desk/stories").html();
        assertEquals(List.of("Ed's own column"), editors.select("tbody th a").eachText());
    }

    @Test
    void someoneWithoutStoriesIsToldHowToStart() {
        user("newcomer", "REPORTER");
        Document list = signedIn("newcomer").get("/desk/stories").html();
        assertEquals("You have no stories yet", list.selectFirst(".empty h2").text());
        assertTrue(list.selectFirst(".empty").text().contains("New story"));
        assertEquals("/desk/stories/new", list.selectFirst("a.button").attr("href"));
        assertNull(list.selectFirst("table"));
    }

    @Test
    void aReporterCannotOpenOrChangeAnotherReportersStory() {
        long id = create(ana, "Ana's exclusive on the mayor");
        Browser ben = signedIn("ben");
        Browser.Page editor = ben.get("/desk/stories/" + id);
        assertEquals(403, editor.status(), editor.toString());
        assertTrue(editor.header("Content-Type").startsWith("text/html"));
        assertFalse(editor.raw().body().contains("exclusive on the mayor"), "nothing of the story is shown");
        assertNull(editor.html().selectFirst("form.story-form"));

        Browser.Page revisions = ben.get("/desk/stories/" + id + "/revisions");
        assertEquals(403, revisions.status());
        assertFalse(revisions.raw().body().contains("exclusive on the mayor"));

        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf(ben));
        form.put("headline", "Ben was here");
        form.put("section", "news");
        form.put("version", "1");
        assertEquals(403, ben.post("/desk/stories/" + id, form).status());
        assertEquals(403, ben.post("/desk/stories/" + id + "/submit", form).status());
        JsonNode story = expect(200, api.get("/api/stories/" + id, ana)).json();
        assertEquals("Ana's exclusive on the mayor", story.get("headline").getStringValue());
        assertEquals("DRAFT", story.get("status").getStringValue());
    }

    @Test
    void aSaveOverSomeoneElsesNewerVersionShowsBothAndLosesNothingUntilTheSecondSave() {
        long id = create(ana, "Bridge closes for repairs");
        Browser browser = signedIn("ana");
        Map<String, String> form = formOf(browser.get("/desk/stories/" + id).html());
        assertEquals("1", form.get("version"));

        // meanwhile an editor saves their version
        expect(200, api.put("/api/stories/" + id, draft("Bridge shut until spring").with("body", "Eva's rewritten body.")
                .with("tags", List.of("traffic")).with("version", 1), eva));

        form.put("headline", "Bridge closes for two weeks");
        form.put("body", "Ana's typed body,\r\nwith a second line.");
        form.put("action", "save");
        Browser.Page conflict = browser.post("/desk/stories/" + id, form);
        assertEquals(409, conflict.status(), conflict.toString());
        Document html = conflict.html();
        assertTrue(html.selectFirst("#conflict-title").text().contains("Someone else saved this story"));
        assertTrue(html.selectFirst(".conflict").text().contains("Version 2 was saved by eva"), html.selectFirst(".conflict").text());
        // theirs, as saved now
        assertEquals("Bridge shut until spring", html.selectFirst("#saved-headline").text());
        assertEquals("Eva's rewritten body.", html.selectFirst("#saved-body").text());
        assertEquals("traffic", html.selectFirst("#saved-tags").text());
        // what was typed, beside it and still in the editable form, now at the current version
        assertEquals("Bridge closes for two weeks", html.selectFirst("#typed-headline").text());
        assertEquals("Bridge closes for two weeks", html.selectFirst("form.story-form #headline").val());
        assertEquals("Ana's typed body,\nwith a second line.", textarea(html, "form.story-form #body"));
        assertEquals("2", html.selectFirst("form.story-form input[name=version]").val());
        assertTrue(html.selectFirst("#saved-headline").previousElementSibling().text().contains("differs"));
        // nothing of theirs was overwritten
        assertEquals("Bridge shut until spring", expect(200, api.get("/api/stories/" + id, ana)).json().get("headline").getStringValue());

        Browser.Page second = browser.post("/desk/stories/" + id, formOf(html));
        assertEquals(303, second.status(), second.toString());
        JsonNode story = expect(200, api.get("/api/stories/" + id, ana)).json();
        assertEquals("Bridge closes for two weeks", story.get("headline").getStringValue());
        assertEquals("Ana's typed body,\nwith a second line.", story.get("body").getStringValue());
        assertEquals(3, story.get("version").getLongValue());
        // and the editor's version is kept in the history
        JsonNode theirs = expect(200, api.get("/api/stories/" + id + "/revisions/2", ana)).json().get("story");
        assertEquals("Bridge shut until spring", theirs.get("headline").getStringValue());
        assertEquals("Eva's rewritten body.", theirs.get("body").getStringValue());
    }

    @Test
    void previewShowsTheTypedBodyAsReadersWouldWithoutSavingIt() {
        long id = create(ana, "Library opens late");
        Browser browser = signedIn("ana");
        Map<String, String> form = formOf(browser.get("/desk/stories/" + id).html());
        form.put("body", "The library is **open** until ten.\n\n<script>alert(1)</script>\n\n- one\n- two");
        form.put("headline", "Library opens late on Fridays");
        form.put("action", "preview");
        Browser.Page preview = browser.post("/desk/stories/" + id, form);
        assertEquals(200, preview.status(), preview.toString());
        Document html = preview.html();
        assertEquals("open", html.selectFirst(".preview .story-body strong").text());
        assertEquals(List.of("one", "two"), html.select(".preview .story-body li").eachText());
        assertTrue(html.select("script").isEmpty(), "the preview is sanitised as the public page is");
        assertEquals("Library opens late on Fridays", html.selectFirst(".preview .preview-headline").text());
        assertEquals("Library opens late on Fridays", html.selectFirst("form.story-form #headline").val());
        assertTrue(textarea(html, "form.story-form #body").contains("**open**"));

        form.put("body", "\n    an indented first line");
        assertEquals("\n    an indented first line", textarea(browser.post("/desk/stories/" + id, form).html(), "#body"),
                "a textarea keeps a leading line break");
        JsonNode story = expect(200, api.get("/api/stories/" + id, ana)).json();
        assertEquals("Library opens late", story.get("headline").getStringValue());
        assertEquals(1, story.get("version").getLongValue());
    }

    @Test
    void submittingMovesADraftToReviewAndTheSubmittedStoryIsReadOnlyForItsReporter() {
        long id = create(ana, "School roof repaired");
        Browser browser = signedIn("ana");
        Map<String, String> form = formOf(browser.get("/desk/stories/" + id).html());
        Browser.Page submitted = browser.post("/desk/stories/" + id + "/submit", form);
        assertEquals(303, submitted.status(), submitted.toString());
        assertEquals("SUBMITTED", expect(200, api.get("/api/stories/" + id, ana)).json().get("status").getStringValue());

        Document page = browser.get("/desk/stories/" + id).html();
        assertEquals("Submitted for review.", page.selectFirst(".notice").text());
        assertEquals("Submitted", page.selectFirst(".story-meta .status").text());
        assertTrue(page.selectFirst(".message").text().contains("You cannot edit this story now"));
        assertNull(page.selectFirst("form.story-form"), "read-only while it is with the editors");
        assertEquals("School roof repaired", page.selectFirst(".read-only h2").text());

        // the same form again: the story is no longer a draft, said on the story's page
        Browser.Page again = browser.post("/desk/stories/" + id + "/submit", form);
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.html().selectFirst("p.message").text().contains("Not submitted"), again.html().selectFirst("p.message").text());
        assertTrue(again.html().selectFirst("p.message").text().contains("SUBMITTED"));

        // a save from a page opened before the submit: refused, and what was typed is still there to copy
        form.put("body", "A late thought I must not lose.");
        Browser.Page late = browser.post("/desk/stories/" + id, form);
        assertEquals(403, late.status(), late.toString());
        assertEquals("A late thought I must not lose.", textarea(late.html(), "#unsaved-body"));
        assertEquals("Body of School roof repaired", expect(200, api.get("/api/stories/" + id, ana)).json().get("body").getStringValue());
    }

    @Test
    void submittingWithChangesSavesThemFirstAndAStaleVersionIsExplained() {
        long id = create(ana, "Market moves indoors");
        Browser browser = signedIn("ana");
        Map<String, String> form = formOf(browser.get("/desk/stories/" + id).html());
        form.put("dek", "The Saturday market finds a roof.");
        Browser.Page submitted = browser.post("/desk/stories/" + id + "/submit", form);
        assertEquals(303, submitted.status(), submitted.toString());
        JsonNode story = expect(200, api.get("/api/stories/" + id, ana)).json();
        assertEquals("SUBMITTED", story.get("status").getStringValue());
        assertEquals("The Saturday market finds a roof.", story.get("dek").getStringValue());
        assertEquals("Saved and submitted for review.", browser.get("/desk/stories/" + id).html().selectFirst(".notice").text());

        long other = create(ana, "Ferry timetable changes");
        Map<String, String> stale = formOf(browser.get("/desk/stories/" + other).html());
        expect(200, api.put("/api/stories/" + other, draft("Ferry timetable changes").with("dek", "New times.")
                .with("version", 1), eva));
        stale.put("dek", "New times.");
        Browser.Page refused = browser.post("/desk/stories/" + other + "/submit", stale);
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.html().selectFirst("p.message").text().contains("Someone changed the story after you opened it"));
        assertEquals("DRAFT", expect(200, api.get("/api/stories/" + other, ana)).json().get("status").getStringValue());
    }

    @Test
    void aReturnedStoryShowsTheEditorsNotesNewestFirst() {
        long id = create(ana, "Zoo welcomes twin pandas");
        expect(200, api.post("/api/stories/" + id + "/submit", Map.of(), ana));
        expect(200, api.post("/api/stories/" + id + "/return", Map.of("note", "Name the keeper."), eva));
        expect(200, api.post("/api/stories/" + id + "/submit", Map.of(), ana));
        expect(200, api.post("/api/stories/" + id + "/return", Map.of("note", "Add the panda's weight at birth."), eva));

        Document page = signedIn("ana").get("/desk/stories/" + id).html();
        assertEquals("Notes from the editors", page.selectFirst("#notes-title").text());
        assertEquals(List.of("Add the panda's weight at birth.", "Name the keeper."), page.select(".notes .note-text").eachText());
        assertTrue(page.selectFirst(".notes .note .muted").text().startsWith("eva, "));
        assertNotNull(page.selectFirst("form.story-form #headline"), "a returned story is a draft again: editable");
        assertEquals(1, page.select("button:containsOwn(Submit for review)").size());
    }

    @Test
    void anEditorMayEditAnyStoryAndFindsTheReviewScreenAndPreviewLink() {
        long id = create(ana, "Tram line extended");
        expect(200, api.post("/api/stories/" + id + "/submit", Map.of(), ana));
        Browser browser = signedIn("eva");
        Document page = browser.get("/desk/stories/" + id).html();
        assertNotNull(page.selectFirst("form.story-form #headline"));
        assertEquals("/desk/queue/" + id, page.selectFirst("a:containsOwn(Review screen)").attr("href"));
        assertEquals(0, page.select("button:containsOwn(Submit for review)").size(), "only drafts are submitted");
        Element previewLink = page.selectFirst("form[action=/desk/preview]");
        assertEquals(String.valueOf(id), previewLink.selectFirst("input[name=story]").val());
        assertFalse(previewLink.selectFirst("input[name=csrf]").val().isBlank());

        Map<String, String> form = formOf(page);
        form.put("headline", "Tram line extended to the airport");
        assertEquals(303, browser.post("/desk/stories/" + id, form).status());
        JsonNode story = expect(200, api.get("/api/stories/" + id, ana)).json();
        assertEquals("Tram line extended to the airport", story.get("headline").getStringValue());
        assertEquals("SUBMITTED", story.get("status").getStringValue());
    }

    @Test
    void revisionsListEachSaveAndMarkWhatChanged() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            body.append("Paragraph ").append(i).append(" of the long report.\n\n");
        }
        long id = expect(201, api.post("/api/stories", draft("Election night").with("body", body.toString()), ana)).number("id");
        Browser browser = signedIn("ana");
        Map<String, String> form = formOf(browser.get("/desk/stories/" + id).html());
        form.put("body", body.toString().replace("Paragraph 17 of the long", "Paragraph 17 of the much longer"));
        form.put("headline", "Election night results");
        assertEquals(303, browser.post("/desk/stories/" + id, form).status());

        Document list = browser.get("/desk/stories/" + id + "/revisions").html();
        List<Element> rows = list.select("table.revisions tbody tr");
        assertEquals(2, rows.size());
        assertEquals("Revision 2", rows.get(0).selectFirst("th").text());
        assertEquals("ana", rows.get(0).select("td").get(1).text());
        assertEquals("edited headline, body", rows.get(0).select("td").get(2).text());
        assertEquals("created", rows.get(1).select("td").get(2).text());

        Browser.Page revision = browser.get(rows.get(0).selectFirst("a").attr("href"));
        assertEquals(200, revision.status(), revision.toString());
        Document diff = revision.html();
        assertEquals(List.of("Address (slug)", "Headline", "Body"), diff.select(".diff .change h3").eachText());
        assertEquals("results", diff.selectFirst("#diff-headline ins").text().strip());
        Element bodyDiff = diff.selectFirst("#diff-body");
        assertEquals(List.of("much longer"), bodyDiff.select("ins").eachText());
        assertEquals(List.of("long"), bodyDiff.select("del").eachText());
        assertTrue(bodyDiff.text().contains("Paragraph 16 of the long report."), "context around the change");
        assertFalse(bodyDiff.text().contains("Paragraph 3 of"), "the long unchanged start is left out");
        assertTrue(bodyDiff.selectFirst(".skipped").text().contains("unchanged lines"));
        assertEquals("/desk/stories/" + id + "/revisions/1", diff.selectFirst("a:containsOwn(Revision 1)").attr("href"));

        Document first = browser.get("/desk/stories/" + id + "/revisions/1").html();
        assertTrue(first.text().contains("The first revision"));
        assertEquals("Election night", first.selectFirst("details dd").text());
    }

    @Test
    void anEditorRestoresAnOldRevisionWhileAReporterMayNot() {
        long id = create(ana, "Museum reopens");
        Browser reporter = signedIn("ana");
        Map<String, String> form = formOf(reporter.get("/desk/stories/" + id).html());
        form.put("headline", "Museum reopens with a new wing");
        assertEquals(303, reporter.post("/desk/stories/" + id, form).status());
        assertNull(reporter.get("/desk/stories/" + id + "/revisions/1").html().selectFirst("form[action$=/restore]"));
        Map<String, String> forged = Map.of("csrf", csrf(reporter), "version", "2");
        Browser.Page refused = reporter.post("/desk/stories/" + id + "/revisions/1/restore", forged);
        assertEquals(403, refused.status(), refused.toString());

        Browser editor = signedIn("eva");
        Document revision = editor.get("/desk/stories/" + id + "/revisions/1").html();
        Element restore = revision.selectFirst("form[action=/desk/stories/" + id + "/revisions/1/restore]");
        Map<String, String> fields = new LinkedHashMap<>();
        restore.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        assertEquals("2", fields.get("version"));
        Browser.Page restored = editor.post(restore.attr("action"), fields);
        assertEquals(303, restored.status(), restored.toString());
        assertEquals("Revision 1 restored as version 3.", editor.get("/desk/stories/" + id).html().selectFirst(".notice").text());
        JsonNode story = expect(200, api.get("/api/stories/" + id, ana)).json();
        assertEquals("Museum reopens", story.get("headline").getStringValue());
        assertEquals("DRAFT", story.get("status").getStringValue());

        // the same page's form again: the story has moved on since
        Browser.Page stale = editor.post(restore.attr("action"), fields);
        assertEquals(409, stale.status(), stale.toString());
        assertTrue(stale.html().selectFirst("p.message").text().startsWith("Nothing was restored"));
        assertEquals(3, expect(200, api.get("/api/stories/" + id, ana)).json().get("version").getLongValue());
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        long id = create(ana, "Token test story");
        Browser browser = signedIn("ana");
        Map<String, String> form = formOf(browser.get("/desk/stories/" + id).html());
        form.remove("csrf");
        form.put("headline", "Forged headline");
        assertEquals(403, browser.post("/desk/stories/" + id, form).status());
        assertEquals(403, browser.post("/desk/stories", form).status());
        assertEquals("Token test story", expect(200, api.get("/api/stories/" + id, ana)).json().get("headline").getStringValue());
    }

    // ---- helpers

    private Browser signedIn(String username) {
        Browser browser = new Browser(server.getURI());
        Browser.Page signedIn = browser.signIn(username, "Pass-for-" + username + "-1");
        assertEquals(303, signedIn.status(), signedIn.toString());
        return browser;
    }

    /**
     * A textarea's value as a browser reads it: its text exactly, less the one line break that may
     * follow the opening tag (HTML drops it; jsoup keeps it).
     */
    static String textarea(Element textarea) {
        String text = textarea.wholeText();
        return text.startsWith("\n") ? text.substring(1) : text;
    }

    static String textarea(Document page, String css) {
        Element found = page.selectFirst(css);
        assertNotNull(found, "no " + css + " on " + page.title());
        return textarea(found);
    }

    /** A form post with repeated names (the byline rows), which {@link Browser#post} cannot send; names and values in turn. */
    private HttpResponse<String> postRepeated(Browser browser, String path, String... fields) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        String cookies = "cms_desk_session=" + browser.cookie("cms_desk_session") + "; cms_desk_csrf=" + browser.cookie("cms_desk_csrf");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies).POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long create(String token, String headline) {
        return expect(201, api.post("/api/stories", draft(headline), token)).number("id");
    }

    private static String csrf(Browser browser) {
        return browser.get("/desk/stories").html().selectFirst("input[name=csrf]").val();
    }

    /**
     * The story form's fields as a browser would send them, by name; of repeated fields (the byline
     * rows) the first; of radio buttons the checked one.
     */
    static Map<String, String> formOf(Document page) {
        Element form = page.selectFirst("form.story-form");
        assertNotNull(form, "no story form on " + page.title());
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name]:not([type=radio]), input[type=radio][checked], textarea[name], select[name]")) {
            String value = field.tagName().equals("select")
                    ? field.select("option[selected]").isEmpty() ? field.select("option").first().val()
                    : field.selectFirst("option[selected]").val()
                    : field.tagName().equals("textarea") ? textarea(field) : field.val();
            fields.putIfAbsent(field.attr("name"), value);
        }
        return fields;
    }
}
