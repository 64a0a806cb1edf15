package news.cms.app.site;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article page: Markdown rendered and made safe, every field escaped, JSON-LD, canonical, ETag. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticlePageTest extends ApiTest {

    private static final String HOSTILE_BODY = """
            Opening paragraph with **bold** text and a [link](https://example.org/report).

            <script>alert('body')</script>

            [click me](javascript:alert(3)) and <img src=x onerror=alert(4)> and <a href="#" onclick="alert(5)">x</a>

            <iframe src="https://evil.example"></iframe><style>body{display:none}</style>

            - one
            - two
            """;
    private String editor;
    private String path;
    private long id;

    @BeforeAll
    void aPublishedStoryWithAHostileBody() {
        section("world");
        editor = user("desk", "EDITOR");
        String kim = expect(201, api.post("/api/authors", body("name", "Jeongmin Kim"), editor)).text("slug");
        ApiClient.Reply created = expect(201, api.post("/api/stories", body(
                "headline", "Ships <img src=x onerror=alert(1)> seen near port", "dek", "Satellite \"imagery\" & more",
                "body", HOSTILE_BODY, "section", "world",
                "bylines", List.of(Map.of("slug", kim, "credit", "Translated by"))), editor));
        id = created.number("id");
        expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", "2024-09-16T08:00:00Z"), editor));
        path = "/2024/09/" + created.text("slug");
    }

    @Test
    void theBodyIsRenderedFromMarkdownAndNothingInItRuns() {
        Document page = page(path);
        Element body = page.selectFirst("div.body");
        assertEquals("bold", body.selectFirst("strong").text());
        assertEquals(2, body.select("li").size());
        assertEquals("https://example.org/report", body.selectFirst("a[href^=https]").attr("href"));
        assertTrue(page.select("script:not([type=application/ld+json])").isEmpty(), "a script survived");
        assertTrue(page.select("[onerror], [onclick], iframe, style").isEmpty(), "live markup survived");
        assertTrue(page.select("[href^=javascript]").isEmpty(), "a javascript: link survived");
    }

    @Test
    void headlineDekAndBylinesAreShownAsTextWithTheirCredits() {
        Document page = page(path);
        assertEquals("Ships <img src=x onerror=alert(1)> seen near port", page.selectFirst("article h1").text());
        assertEquals("Satellite \"imagery\" & more", page.selectFirst("article p.dek").text());
        assertEquals("Translated by Jeongmin Kim", page.selectFirst("article p.bylines").text());
        assertEquals("September 16, 2024", page.selectFirst("article time.date").text());
    }

    @Test
    void searchEnginesGetACanonicalUrlAndNewsArticleJsonLd() throws Exception {
        Document page = page(path);
        assertTrue(page.selectFirst("link[rel=canonical]").attr("href").endsWith(path));
        String ld = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(ld.contains("<"), "JSON-LD could close its script element: " + ld);
        JsonNode article = json.readValue(ld.getBytes(StandardCharsets.UTF_8), JsonNode.class);
        assertEquals("NewsArticle", article.get("@type").getStringValue());
        assertEquals("Jeongmin Kim", article.get("author").get(0).get("name").getStringValue());
        assertEquals("2024-09-16T08:00:00Z", article.get("datePublished").getStringValue());
    }

    @Test
    void aReaderWithTheSameVersionGets304() {
        ApiClient.Reply first = api.getAsBrowser(path);
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertNotNull(first.header("Last-Modified"));
        ApiClient.Reply again = api.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("If-None-Match", etag).GET());
        assertEquals(304, again.status());
    }

    @Test
    void aCorrectionShowsItsNoticeAndTheUpdatedDate() {
        long version = expect(200, api.get("/api/stories/" + id, editor)).number("version");
        expect(200, api.post("/api/stories/" + id + "/correct", body("note", "An earlier version misnamed the port.",
                "version", version), editor));
        Document page = page(path);
        assertTrue(page.selectFirst("aside.correction").text().contains("misnamed the port"));
        assertNotNull(page.selectFirst("time.updated"));
    }

    @Test
    void onlyLiveStoriesAtTheirOwnUrlHaveAPage() {
        assertEquals(404, api.getAsBrowser("/2024/10/" + path.substring(9)).status(), "the wrong month");
        assertEquals(404, api.getAsBrowser("/2001/01/no-such-story").status());
        ApiClient.Reply draft = expect(201, api.post("/api/stories", body("headline", "Never published", "section", "world"), editor));
        assertEquals(404, api.getAsBrowser("/2024/09/" + draft.text("slug")).status());
    }

    @Test
    void anUnpublishedStoryLosesItsPage() {
        ApiClient.Reply story = expect(201, api.post("/api/stories", body("headline", "Briefly live", "section", "world"), editor));
        long storyId = story.number("id");
        expect(200, api.post("/api/stories/" + storyId + "/publish", body("publishedAt", "2024-09-17T08:00:00Z"), editor));
        String at = "/2024/09/" + story.text("slug");
        assertEquals(200, api.getAsBrowser(at).status());
        expect(200, api.post("/api/stories/" + storyId + "/unpublish", body("reason", "Court order"), editor));
        assertEquals(404, api.getAsBrowser(at).status());
    }

    private Document page(String at) {
        ApiClient.Reply reply = api.getAsBrowser(at);
        assertEquals(200, reply.status(), at + ": " + reply.body());
        return Jsoup.parse(reply.body());
    }
}
