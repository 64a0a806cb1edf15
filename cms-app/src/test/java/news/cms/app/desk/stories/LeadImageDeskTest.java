package news.cms.app.desk.stories;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.app.desk.admin.SignedIn;
import news.cms.app.media.MediaFiles;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The story editor's lead image in a browser without JavaScript: choose a recent picture or upload
 * one, describe it in the story's own words, see the three crops, move the focal point with one of
 * nine cells; a number that names no picture is marked beside its field with nothing typed lost;
 * nobody sets a picture on another reporter's draft.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadImageDeskTest extends ApiTest {

    private String rita;
    private SignedIn ritaAtTheDesk;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void aReporterSignedIn() {
        section("news");
        rita = user("rita-lead", "REPORTER");
        user("sam-lead", "REPORTER");
        ritaAtTheDesk = SignedIn.as(server.getURI(), "rita-lead", "Pass-for-rita-lead-1");
    }

    @Test
    void aReporterChoosesARecentPictureDescribesItInHerWordsAndMovesItsFocalPoint() {
        long picture = expect(201, api.upload("/api/media", MediaFiles.photo(1600, 1000), "boats.jpg", "image/jpeg", rita))
                .number("id");
        long story = story("Rescue boats reach the flooded villages");

        Document editor = ritaAtTheDesk.html("/desk/stories/" + story);
        assertNotNull(editor.selectFirst("input[name=lead-media][value=" + picture + "] + img"), "offered with a thumbnail");
        assertNotNull(editor.selectFirst("input[name=lead-media][value=''][checked]"), "none chosen yet");
        Map<String, String> form = StoryDeskTest.formOf(editor);
        form.put("lead-media", Long.toString(picture));
        form.put("lead-alt", "Two rescue boats on a brown river between roofs");
        form.put("lead-caption", "Boats reach Tanjung village");
        Browser.Page saved = ritaAtTheDesk.post("/desk/stories/" + story, flat(form));
        assertEquals(303, saved.status(), saved.toString());

        JsonNode lead = expect(200, api.get("/api/stories/" + story, rita)).json().get("leadImage");
        assertEquals(picture, lead.get("media").getLongValue());
        assertEquals("Two rescue boats on a brown river between roofs", lead.get("alt").getStringValue());
        assertEquals("Boats reach Tanjung village", lead.get("caption").getStringValue());
        JsonNode libraryAlt = expect(200, api.get("/api/media/" + picture, rita)).json().get("alt");
        assertTrue(libraryAlt == null || libraryAlt.isNull(), "the library's own description stays as it was: " + libraryAlt);

        long version = expect(200, api.get("/api/stories/" + story, rita)).number("version");
        Element change = ritaAtTheDesk.html("/desk/stories/" + story + "/revisions/" + version)
                .selectFirst("section.change:has(h3:containsOwn(Lead image))");
        assertNotNull(change, "the revision says what the lead image became");
        assertTrue(change.text().contains("Picture " + picture) && change.text().contains("Alt text: Two rescue boats"),
                change.text());

        editor = ritaAtTheDesk.follow(saved);
        List<Element> crops = editor.select("fieldset.lead-image .crops img");
        assertEquals(3, crops.size(), "the 16:9, 4:3 and 1:1 crops");
        assertEquals(List.of("16:9: listings and social previews", "4:3: search results",
                "1:1: squares (search results, author photos)"), editor.select(".crops figcaption").eachText());
        assertEquals(9, editor.select("input[name=lead-focal]").size());
        assertEquals("Centre", editor.selectFirst("input[name=lead-focal][checked]").parent().text());
        String squareBefore = crops.get(2).attr("src");

        form = StoryDeskTest.formOf(editor);
        form.put("lead-focal", editor.select("input[name=lead-focal]").get(0).val()); // top left
        Document moved = ritaAtTheDesk.follow(ritaAtTheDesk.post("/desk/stories/" + story, flat(form)));
        assertTrue(moved.selectFirst(".notice").text().contains("new focal point"), moved.selectFirst(".notice").text());
        assertEquals("Top left", moved.selectFirst("input[name=lead-focal][checked]").parent().text());
        assertTrue(expect(200, api.get("/api/media/" + picture, rita)).json().get("focalPoint").get("x").getDoubleValue() < 0.2);
        assertTrue(!squareBefore.equals(moved.select("fieldset.lead-image .crops img").get(2).attr("src")),
                "the square is cut anew around the new focal point");
    }

    @Test
    void aPictureUploadedFromTheEditorBecomesTheLeadImageAndOnlyTheStorysWriterMayDoIt() {
        long story = story("Bridge reopens after repairs");
        long version = expect(200, api.get("/api/stories/" + story, rita)).number("version");

        Document editor = ritaAtTheDesk.follow(ritaAtTheDesk.upload("/desk/stories/" + story + "/lead-image", "bridge.jpg",
                "image/jpeg", MediaFiles.photo(1200, 800), "version", Long.toString(version)));
        assertTrue(editor.selectFirst(".notice").text().startsWith("bridge.jpg is the lead image."), editor.selectFirst(".notice").text());
        long picture = expect(200, api.get("/api/stories/" + story, rita)).json().get("leadImage").get("media").getLongValue();
        assertEquals("bridge.jpg", expect(200, api.get("/api/media/" + picture, rita)).text("filename"));
        assertNotNull(editor.selectFirst("input[name=lead-media][value=" + picture + "][checked]"));

        Browser.Page notAPicture = ritaAtTheDesk.upload("/desk/stories/" + story + "/lead-image", "notes.txt",
                "text/plain", "not a picture".getBytes(StandardCharsets.UTF_8), "version", Long.toString(version + 1));
        assertEquals(400, notAPicture.status());
        assertTrue(notAPicture.html().selectFirst("main .message").text().contains("not a picture"), notAPicture.toString());

        SignedIn sam = SignedIn.as(server.getURI(), "sam-lead", "Pass-for-sam-lead-1");
        assertEquals(403, sam.upload("/desk/stories/" + story + "/lead-image", "other.jpg", "image/jpeg",
                MediaFiles.photo(400, 300), "version", Long.toString(version + 1)).status());
        assertEquals(picture, expect(200, api.get("/api/stories/" + story, rita)).json().get("leadImage").get("media")
                .getLongValue(), "her lead image stays");
    }

    @Test
    void aNumberThatNamesNoPictureIsMarkedBesideItsFieldAndNothingTypedIsLost() {
        long story = story("Council votes on the budget");
        Map<String, String> form = StoryDeskTest.formOf(ritaAtTheDesk.html("/desk/stories/" + story));
        form.put("headline", "Council passes the budget");
        form.put("lead-other", "987654");
        Browser.Page refused = ritaAtTheDesk.post("/desk/stories/" + story, flat(form));
        assertEquals(400, refused.status());
        Document page = refused.html();
        assertTrue(page.selectFirst("[id='leadImage.media-error']").text().contains("987654"), page.select(".field-error").text());
        assertEquals("987654", page.selectFirst("#lead-other").val());
        assertEquals("Council passes the budget", page.selectFirst("#headline").val());
        assertEquals("Council votes on the budget", expect(200, api.get("/api/stories/" + story, rita)).text("headline"));
    }

    private long story(String headline) {
        return expect(201, api.post("/api/stories", draft(headline).with("section", "news"), rita)).number("id");
    }

    private static String[] flat(Map<String, String> form) {
        List<String> fields = new ArrayList<>();
        form.forEach((name, value) -> {
            if (!name.equals("csrf")) {
                fields.add(name);
                fields.add(value);
            }
        });
        return fields.toArray(String[]::new);
    }
}
