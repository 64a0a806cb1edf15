package news.cms.app.desk.preview;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preview links: made on the desk, opened by anyone who has one until it expires, never indexed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewBrowserTest extends ApiTest {

    private static final ZoneId NEWSROOM = ZoneId.of("Europe/London");

    @Inject
    PreviewLinks links;

    private String reporter;
    private String editor;
    private Browser desk;
    private Path dataDir;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        dataDir = Path.of(props.get("cms.data-dir"));
        props.put("cms.timezone", NEWSROOM.getId());
        props.put("cms.preview.lifetime", "2h");
        return props;
    }

    @BeforeAll
    void newsroom() {
        section("news");
        reporter = user("paula", "REPORTER");
        user("omar", "REPORTER");
        editor = user("edna", "EDITOR");
        desk = signedIn("edna");
    }

    @Test
    void anEditorsLinkShowsTheUnpublishedStorySignedOutAsAPreviewThatSearchEnginesSkip() {
        long id = story("Not out yet", "Its **body**, as readers will see it.");
        Instant before = Instant.now();
        String url = makeLink(desk, id);
        assertTrue(url.startsWith(server.getURI() + "/desk/preview/") || url.startsWith("http://localhost:" + server.getPort() + "/desk/preview/"), url);

        Browser.Page preview = new Browser(server.getURI()).get(URI.create(url).getRawPath());
        assertEquals(200, preview.status(), preview.toString());
        Document page = preview.html();
        assertEquals("Not out yet", page.selectFirst("article h1").text());
        assertEquals("body", page.selectFirst("article .body strong").text());
        assertEquals("Preview — not published", page.selectFirst(".preview-banner").text());
        assertEquals("noindex, nofollow", page.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(preview.header("X-Robots-Tag").contains("noindex"), preview.header("X-Robots-Tag"));
        assertEquals("no-store", preview.header("Cache-Control"));
        String policy = preview.header("Content-Security-Policy");
        assertTrue(policy.startsWith("default-src 'none'") && !policy.contains("script-src"), policy);
        assertTrue(policy.contains("img-src 'self' https:"), "a story's images may come from anywhere, as on its page: " + policy);
        assertEquals(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(before.atZone(NEWSROOM)),
                page.selectFirst("article time.date").text(), "dated as if published now");
        assertEquals("DRAFT", api.get("/api/stories/" + id, editor).text("status"), "a preview publishes nothing");
    }

    @Test
    void withoutCmsPreviewSecretTheKeyIsGeneratedIntoTheDataDirectoryForItsOwnerOnly() throws IOException {
        Path key = dataDir.resolve(PreviewLinks.KEY_FILE);
        assertTrue(Files.exists(key), key + " missing");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertTrue(Files.readString(key).strip().length() >= 32);
    }

    @Test
    void theLinkPageShowsTheAddressAndWhenItExpires() {
        long id = story("Link page", "Body.");
        Browser.Page made = desk.post("/desk/preview", Map.of("story", String.valueOf(id), "csrf", csrf(desk)));
        Instant now = Instant.now();
        assertEquals(303, made.status(), made.toString());
        Document page = desk.get(made.header("Location")).html();
        assertTrue(page.selectFirst(".notice").text().startsWith("Preview link made."), page.selectFirst(".notice").text());
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
        // two hours (cms.preview.lifetime), to the minute the link was made in
        List<String> expected = List.of(now.plus(Duration.ofHours(2)).minusSeconds(5), now.plus(Duration.ofHours(2)).plusSeconds(5))
                .stream().map(at -> shown.format(at.atZone(NEWSROOM)) + " (Europe/London)").toList();
        String expires = page.selectFirst("main strong").text();
        assertTrue(expected.contains(expires), expires + " not in " + expected);
        assertEquals("/desk/queue/" + id, page.selectFirst("a:contains(Back to the story)").attr("href"));
        assertTrue(page.selectFirst("input#preview-url").hasAttr("readonly"));
    }

    @Test
    void thePreviewAlwaysShowsTheStorysCurrentText() {
        long id = story("First headline", "Body.");
        String path = URI.create(makeLink(desk, id)).getRawPath();
        long version = api.get("/api/stories/" + id, editor).number("version");
        expect(200, api.put("/api/stories/" + id, draft("Second headline").with("version", version), editor));
        assertEquals("Second headline", new Browser(server.getURI()).get(path).html().selectFirst("article h1").text());
    }

    @Test
    void aChangedOrMadeUpLinkIsNotValidAndAnExpiredOneHasExpired() {
        long id = story("Guarded", "Body.");
        String token = URI.create(makeLink(desk, id)).getRawPath().substring("/desk/preview/".length());
        Browser anyone = new Browser(server.getURI());

        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        // the same expiry and signature, pointed at another story
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        ByteBuffer.wrap(bytes).putLong(0, id + 1);
        String otherStory = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        for (String bad : List.of(tampered, otherStory, "not-a-token", token + "AAAA", token.substring(1))) {
            Browser.Page refused = anyone.get("/desk/preview/" + bad);
            assertEquals(404, refused.status(), bad + ": " + refused);
            assertEquals("This preview link is not valid", refused.html().selectFirst("h1").text());
            assertFalse(refused.raw().body().contains("Guarded"));
            assertTrue(refused.header("X-Robots-Tag").contains("noindex"));
        }

        String expired = links.sign(id, Instant.now().minusSeconds(1)).token();
        Browser.Page gone = anyone.get("/desk/preview/" + expired);
        assertEquals(410, gone.status(), gone.toString());
        assertEquals("This preview link has expired", gone.html().selectFirst("h1").text());
        assertFalse(gone.raw().body().contains("Guarded"));
        // and the link page says so too
        assertTrue(desk.get("/desk/preview/links/" + expired).html().selectFirst(".errors").text().startsWith("This link expired"));
    }

    @Test
    void aReporterMayShareTheirOwnStoryButNoOneElses() {
        long id = story("Paula's scoop", "Body.");
        Browser paula = signedIn("paula");
        String url = makeLink(paula, id);
        Document linkPage = paula.get(paula.post("/desk/preview", Map.of("story", String.valueOf(id), "csrf", csrf(paula)))
                .header("Location")).html();
        assertEquals("/desk/stories/" + id, linkPage.selectFirst("a:contains(Back to the story)").attr("href"));
        assertEquals(200, new Browser(server.getURI()).get(URI.create(url).getRawPath()).status());

        Browser omar = signedIn("omar");
        Browser.Page refused = omar.post("/desk/preview", Map.of("story", String.valueOf(id), "csrf", csrf(omar)));
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(403, omar.get("/desk/preview/links/" + URI.create(url).getRawPath().substring("/desk/preview/".length())).status());
    }

    @Test
    void signedOutNoLinkCanBeMade() {
        long id = story("Signed out", "Body.");
        Browser anyone = new Browser(server.getURI());
        Browser.Page refused = anyone.post("/desk/preview", Map.of("story", String.valueOf(id), "csrf", csrf(anyone)));
        assertEquals(303, refused.status(), refused.toString());
        assertTrue(refused.header("Location").startsWith("/desk"), refused.header("Location"));
        assertFalse(refused.header("Location").contains("/preview/"));
    }

    @Test
    void eachLinkMadeIsInTheStorysHistory() {
        long id = story("Audited link", "Body.");
        makeLink(desk, id);
        Document review = desk.get("/desk/queue/" + id).html();
        List<String> last = review.select("table.history tbody tr").last().select("td").stream().map(Element::text).toList();
        assertEquals("edna", last.get(1));
        assertEquals("Preview link made", last.get(2));
        assertTrue(last.get(4).startsWith("preview link made, valid until "), last.get(4));
    }

    @Test
    void theLivePageOfAPublishedStoryIsNotMarkedAsAPreview() {
        long id = story("Live story", "Body.");
        expect(200, api.post("/api/stories/" + id + "/publish", body(), editor));
        String path = desk.get("/desk/queue/" + id).html().selectFirst("a[href^=/20]").attr("href");
        Document live = org.jsoup.Jsoup.parse(api.getAsBrowser(path).body());
        assertNull(live.selectFirst(".preview-banner"));
        assertEquals("max-image-preview:large", live.selectFirst("meta[name=robots]").attr("content"),
                "indexed, its pictures shown large");
        // its preview is the same page, marked
        Document preview = new Browser(server.getURI()).get(URI.create(makeLink(desk, id)).getRawPath()).html();
        assertEquals(live.selectFirst("article").outerHtml(), preview.selectFirst("article").outerHtml());
        assertNotNull(preview.selectFirst(".preview-banner"));
    }

    // helpers

    private long story(String headline, String body) {
        return expect(201, api.post("/api/stories", draft(headline).with("body", body), reporter)).number("id");
    }

    /** Makes a link through the desk's button and returns the address the link page shows. */
    private String makeLink(Browser browser, long id) {
        Browser.Page made = browser.post("/desk/preview", Map.of("story", String.valueOf(id), "csrf", csrf(browser)));
        assertEquals(303, made.status(), made.toString());
        assertTrue(made.header("Location").startsWith("/desk/preview/links/"), made.header("Location"));
        return browser.get(made.header("Location")).html().selectFirst("input#preview-url").val();
    }

    private Browser signedIn(String username) {
        Browser browser = new Browser(server.getURI());
        assertEquals(303, browser.signIn(username, "Pass-for-" + username + "-1").status());
        return browser;
    }

    private static String csrf(Browser browser) {
        return browser.get("/desk").html().selectFirst("input[name=csrf]").val();
    }
}
