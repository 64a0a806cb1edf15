package news.cms.app.desk.media;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.app.desk.admin.SignedIn;
import news.cms.app.media.MediaFiles;
import news.cms.app.plugins.PluginJars;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The media library in a browser without JavaScript, with the Tika plugin enabled: a reporter uploads
 * and reads the warnings first; refused files say why; the newest uploads, a page at a time.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaDeskTest extends ApiTest {

    private SignedIn reporter;
    private String reporterToken;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void tikaEnabledAndAReporterSignedIn() {
        expect(201, api.upload("/api/plugins", PluginJars.built(PluginJars.MEDIA_TIKA), "media-tika.jar",
                "application/java-archive", admin));
        expect(200, api.post("/api/plugins/media-tika/enable", Map.of(), admin));
        reporterToken = user("rhea", "REPORTER");
        reporter = SignedIn.as(server.getURI(), "rhea", "Pass-for-rhea-1");
    }

    @Test
    void aGeotaggedPhotoShowsItsWarningsFirstAndReadersGetItWithoutThem() throws Exception {
        Browser.Page uploaded = reporter.upload("/desk/media", "protest.jpg", "image/jpeg", MediaFiles.geotaggedJpeg());
        assertEquals(303, uploaded.status(), uploaded.toString());
        assertTrue(uploaded.header("Location").matches("/desk/media/\\d+"), uploaded.header("Location"));
        Document item = reporter.follow(uploaded);

        assertTrue(item.selectFirst(".notice").text().contains("with warnings"), item.html());
        assertEquals("protest.jpg", item.selectFirst("h1").text());
        Element warnings = item.selectFirst(".warnings-panel");
        assertEquals("Read before you use it", warnings.selectFirst("h2").text());
        String warned = String.join("\n", warnings.select("li").eachText());
        assertTrue(warned.contains("GPS") && warned.contains("serial number"), warned);
        assertTrue(warnings.text().contains("Readers get a copy with this metadata removed"));
        assertTrue(item.select("table th").eachText().contains("cameraMake"), item.html());

        String publicUrl = item.selectFirst("dl.facts a").attr("href");
        assertTrue(publicUrl.matches("/pictures/\\d+/\\d+x\\d+-[0-9a-f]{16}\\.jpg"), publicUrl);
        HttpResponse<byte[]> copy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(publicUrl))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, copy.statusCode());
        assertFalse(new String(copy.body(), StandardCharsets.ISO_8859_1).contains("Exif"), "the public copy has no EXIF");

        Element listed = reporter.html("/desk/media").select("tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals("protest.jpg")).findFirst().orElseThrow();
        assertEquals("image/jpeg", listed.select("td").get(1).text());
        assertTrue(listed.selectFirst("ul.warnings").text().contains("GPS"), listed.outerHtml());
    }

    @Test
    void aProgramNamedLikeAPhotoIsRefusedWithTheReason() {
        Browser.Page refused = reporter.upload("/desk/media", "holiday.jpg", "image/jpeg", MediaFiles.windowsProgram());
        assertEquals(400, refused.status(), refused.toString());
        String reason = refused.html().selectFirst("#file-error").text();
        assertTrue(reason.startsWith("holiday.jpg was not accepted:") && reason.contains("program"), reason);
        assertTrue(reporter.html("/desk/media").select("tbody th").eachText().stream().noneMatch("holiday.jpg"::equals));

        Browser.Page nothingChosen = reporter.upload("/desk/media", "", "application/octet-stream", new byte[0]);
        assertEquals(400, nothingChosen.status());
        assertEquals("Choose a file to upload.", nothingChosen.html().selectFirst("#file-error").text());
    }

    @Test
    void anUploadWithoutTheFormsTokenIsRefused() {
        Browser.Page forged = reporter.uploadWithoutToken("/desk/media", "forged.txt", "text/plain",
                "planted".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, forged.status(), forged.toString());
        assertTrue(reporter.html("/desk/media").select("tbody th").eachText().stream().noneMatch("forged.txt"::equals));
    }

    @Test
    void aTextsStartIsShownAndTheLibraryGoesBackAPageAtATime() {
        String memo = "Minutes of the budget meeting. " + "The council agreed to cut spending. ".repeat(60);
        Document item = reporter.follow(reporter.upload("/desk/media", "memo.txt", "text/plain",
                memo.getBytes(StandardCharsets.UTF_8)));
        String excerpt = item.selectFirst("blockquote.excerpt").text();
        assertTrue(excerpt.startsWith("Minutes of the budget meeting.") && excerpt.endsWith("…"), excerpt);
        assertTrue(excerpt.length() < memo.length(), "only the start of a long text");

        IntStream.rangeClosed(1, MediaDeskController.PAGE_SIZE + 1).forEach(n -> expect(201, api.upload("/api/media",
                ("note " + n).getBytes(StandardCharsets.UTF_8), "note-" + n + ".txt", "text/plain", reporterToken)));
        Document newest = reporter.html("/desk/media");
        List<String> first = newest.select("tbody th").eachText();
        assertEquals(MediaDeskController.PAGE_SIZE, first.size());
        assertEquals("note-21.txt", first.get(0));
        assertEquals("note-2.txt", first.get(MediaDeskController.PAGE_SIZE - 1));
        Document older = reporter.html(newest.selectFirst("a:containsOwn(Older uploads)").attr("href"));
        assertEquals("note-1.txt", older.selectFirst("tbody th").text());
        assertEquals("/desk/media", older.selectFirst("a:containsOwn(Newer uploads)").attr("href"));
        assertNull(newest.selectFirst("a:containsOwn(Newer uploads)"));
    }

    @Test
    void aPictureIsFoundByItsCaptionDescribedAndRecutHereAndDeletedOnlyWhenNothingShowsIt() throws Exception {
        long harbour = expect(201, api.upload("/api/media", MediaFiles.photo(1600, 1000), "dsc-0412.jpg", "image/jpeg",
                reporterToken)).number("id");
        Document item = reporter.html("/desk/media/" + harbour);
        assertEquals(3, item.select(".crops img").size(), "the crops as the site cuts them");
        assertEquals("Centre", item.selectFirst("input[name=focal][checked]").parent().text());
        String wideBefore = item.select(".crops img").get(0).attr("src");

        Document saved = reporter.follow(reporter.post("/desk/media/" + harbour, "alt", "Fishing boats moored at dawn",
                "caption", "The harbour at Sokcho", "credit", "Min Park", "altWas", "", "captionWas", "", "creditWas", "",
                "focal", item.select("input[name=focal]").get(1).val())); // top centre
        assertTrue(saved.selectFirst(".notice").text().contains("new focal point"), saved.selectFirst(".notice").text());
        assertEquals("Fishing boats moored at dawn", saved.selectFirst("#alt").wholeText().strip());
        assertEquals("Top centre", saved.selectFirst("input[name=focal][checked]").parent().text());
        assertTrue(!wideBefore.equals(saved.select(".crops img").get(0).attr("src")), "the 16:9 crop moved up");

        Element found = reporter.html("/desk/media?q=sokcho").selectFirst("tbody tr");
        assertEquals("dsc-0412.jpg", found.selectFirst("th").text(), "found by its caption");
        assertNotNull(found.selectFirst("img.thumb"), "with a thumbnail");
        assertEquals("Fishing boats moored at dawn", found.selectFirst(".alt").text());
        assertTrue(reporter.html("/desk/media?q=no-such-words").text().contains("Nothing in the library matches"));

        Browser.Page overtaken = reporter.post("/desk/media/" + harbour, "alt", "Boats at dawn",
                "altWas", "An older description", "caption", "The harbour at Sokcho", "captionWas", "The harbour at Sokcho",
                "credit", "Min Park", "creditWas", "Min Park");
        assertEquals(409, overtaken.status(), "someone changed the alt text meanwhile: theirs is not overwritten");
        assertTrue(overtaken.html().selectFirst("#alt-error").text().contains("Fishing boats moored at dawn"));
        assertEquals("Fishing boats moored at dawn", expect(200, api.get("/api/media/" + harbour, reporterToken)).text("alt"));

        section("harbours");
        String editorToken = user("eda-media", "EDITOR");
        SignedIn editor = SignedIn.as(server.getURI(), "eda-media", "Pass-for-eda-media-1");
        long story = expect(201, api.post("/api/stories", Map.of("headline", "Boats return", "section", "harbours",
                "leadImage", Map.of("media", harbour)), editorToken)).number("id");
        Document inUse = editor.html("/desk/media/" + harbour);
        assertTrue(inUse.selectFirst("ul.uses").text().contains("Boats return"), inUse.selectFirst("ul.uses").text());
        assertNull(inUse.selectFirst("form[action$=/delete]"), "no delete button while it is used");
        Browser.Page kept = editor.post("/desk/media/" + harbour + "/delete");
        assertEquals(409, kept.status());
        assertEquals(200, reporter.get("/desk/media/" + harbour).status(), "kept");

        Map<String, Object> withoutPicture = new HashMap<>(Map.of("headline", "Boats return", "section", "harbours",
                "version", expect(200, api.get("/api/stories/" + story, editorToken)).number("version")));
        withoutPicture.put("leadImage", null);
        expect(200, api.put("/api/stories/" + story, withoutPicture, editorToken));
        assertNull(reporter.html("/desk/media/" + harbour).selectFirst("form[action$=/delete]"), "reporters delete nothing");
        assertEquals(403, reporter.post("/desk/media/" + harbour + "/delete").status());
        Document library = editor.follow(editor.post(editor.html("/desk/media/" + harbour)
                .selectFirst("form[action$=/delete]").attr("action")));
        assertEquals("dsc-0412.jpg was deleted, with its files.", library.selectFirst(".notice").text());
        assertEquals(404, reporter.get("/desk/media/" + harbour).status());
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(wideBefore)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "its files are gone from the public site");
    }

    @Test
    void anUnknownUploadIsAReadablePage() {
        Browser.Page missing = reporter.get("/desk/media/987654");
        assertEquals(404, missing.status());
        assertEquals("No media has the id 987654.", missing.html().selectFirst("main p").text());
    }
}
