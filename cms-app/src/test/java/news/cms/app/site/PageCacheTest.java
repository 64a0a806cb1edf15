package news.cms.app.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public pages are kept rendered in memory, and a reader still never sees a stale one: every
 * change a reader could notice (publish, edit, correction that moves a story, unpublish, a section
 * or author renamed) shows on the very next request, on every page it touches. Each test first
 * reads the pages, so they are cached when the change is made.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheTest extends ApiTest {

    /** Every public page a story of section "city" by the desk's own byline, tagged "bridges", is on. */
    private static final List<String> CITY_ROUTES = List.of("/", "/city", "/tag/bridges", "/feed", "/feed/atom",
            "/city/feed", "/city/feed/atom", "/sitemap.xml", "/news-sitemap.xml");

    private String editor;
    private String editorByline;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void aCityDeskAndASportsDesk() {
        section("city");
        section("sports");
        editor = user("pagedesk", "EDITOR");
        editorByline = authorSlugOf("pagedesk");
        publish("An older city story", "city");
        publish("An older sports story", "sports");
    }

    @Test
    void aPublishedStoryIsOnEveryPageItBelongsToAtOnce() {
        List<String> routes = withAuthorPage(CITY_ROUTES);
        routes.forEach(this::read);
        publish("Bridge reopens after repairs", "city");
        String article = articlePath("Bridge reopens after repairs");
        for (String route : routes) {
            assertTrue(shows(route, "Bridge reopens after repairs", article), route + " shows the new story");
        }
        assertFalse(read("/sports").contains("Bridge reopens"), "another section's front is untouched");
    }

    @Test
    void anUnpublishedStoryLeavesEveryPageAtOnce() {
        long id = publish("Ferry timetable story to retract", "city");
        String article = articlePath("Ferry timetable story to retract");
        List<String> routes = withAuthorPage(CITY_ROUTES);
        routes.forEach(route -> assertTrue(shows(route, "Ferry timetable story to retract", article), route));
        assertEquals(200, api.getAsBrowser(article).status());

        expect(200, api.post("/api/stories/" + id + "/unpublish", body("reason", "Legal"), editor));
        for (String route : routes) {
            assertFalse(shows(route, "Ferry timetable story to retract", article), route + " still shows it");
        }
        assertEquals(404, api.getAsBrowser(article).status());
    }

    @Test
    void aCorrectionThatMovesAStoryChangesTheSectionItLeftAndTheOneItJoined() {
        long id = publish("Stadium plan story filed in the wrong section", "city");
        assertTrue(read("/city").contains("Stadium plan story"));
        read("/sports");
        ApiClient.Reply story = expect(200, api.get("/api/stories/" + id, editor));
        expect(200, api.post("/api/stories/" + id + "/correct", body("note", "Moved to sports",
                "version", story.number("version"), "headline", story.text("headline"), "dek", story.text("dek"),
                "body", story.text("body"), "section", "sports"), editor));
        assertFalse(read("/city").contains("Stadium plan story"), "gone from the section it left");
        assertTrue(read("/sports").contains("Stadium plan story"), "on the section it joined");
        assertTrue(read("/sports/feed").contains("Stadium plan story"), "and in its feed");
    }

    @Test
    void anEditorsEditOfALiveStoryShowsAtOnce() {
        long id = publish("Council vote story with a typo", "city");
        String article = articlePath("Council vote story with a typo");
        read("/city");
        read(article);
        ApiClient.Reply story = expect(200, api.get("/api/stories/" + id, editor));
        expect(200, api.put("/api/stories/" + id, body("version", story.number("version"),
                "headline", "Council vote story without a typo", "dek", story.text("dek"), "body", "Fixed body.",
                "section", "city"), editor));
        assertTrue(read("/city").contains("Council vote story without a typo"));
        assertTrue(read(article).contains("Fixed body."), "the article keeps its URL and shows the edit");
    }

    @Test
    void renamingASectionOrAnAuthorShowsOnTheirPages() {
        publish("Harbour story before the renames", "city");
        read("/city");
        String article = articlePath("Harbour story before the renames");
        read(article);
        expect(200, api.put("/api/sections/city", body("title", "City and Harbour", "description", "Renamed"), admin));
        Element heading = Jsoup.parse(read("/city")).selectFirst("main h1");
        assertNotNull(heading);
        assertEquals("City and Harbour", heading.text());

        String guest = expect(201, api.post("/api/authors", body("name", "Guest Writer"), editor)).text("slug");
        long id = publishWith("A guest's harbour story", "city", List.of(guest));
        read("/city");
        expect(200, api.put("/api/authors/" + guest, body("name", "Guest Writer Renamed"), editor));
        assertTrue(read("/city").contains("Guest Writer Renamed"), "story " + id + " shows the new byline");
    }

    @Test
    void aReaderWhoHasThePageGets304AndANewETagOnceItChanges() {
        ApiClient.Reply first = api.getAsBrowser("/sports");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertNotNull(etag);
        assertNotNull(lastModified);
        assertEquals(304, conditional("/sports", "If-None-Match", etag).status());
        assertEquals(304, conditional("/sports", "If-None-Match", "\"other\", " + etag).status());
        assertEquals(304, conditional("/sports", "If-Modified-Since", lastModified).status());
        assertEquals(200, conditional("/sports", "If-None-Match", "\"other\"").status());

        publish("A new sports story changes the front", "sports");
        ApiClient.Reply changed = conditional("/sports", "If-None-Match", etag);
        assertEquals(200, changed.status());
        assertNotEquals(etag, changed.header("ETag"));
        for (String route : List.of("/sports/feed", "/sitemap.xml", "/news-sitemap.xml")) {
            String tag = api.getAsBrowser(route).header("ETag");
            assertEquals(304, conditional(route, "If-None-Match", tag).status(), route);
        }
    }

    private List<String> withAuthorPage(List<String> routes) {
        return java.util.stream.Stream.concat(routes.stream(), java.util.stream.Stream.of("/author/" + editorByline))
                .toList();
    }

    /** By its headline, or by its URL where only that is shown (sitemaps). */
    private boolean shows(String route, String headline, String articlePath) {
        String page = read(route);
        return page.contains(headline) || page.contains(articlePath);
    }

    private ApiClient.Reply conditional(String path, String header, String value) {
        return api.send(HttpRequest.newBuilder(server.getURI().resolve(path)).header(header, value)
                .header("Accept", "text/html").GET());
    }

    private String read(String path) {
        ApiClient.Reply reply = api.getAsBrowser(path);
        assertEquals(200, reply.status(), path);
        return reply.body();
    }

    private long publish(String headline, String section) {
        return publishWith(headline, section, List.of());
    }

    private long publishWith(String headline, String section, List<String> bylines) {
        Draft draft = draft(headline).with("section", section).with("tags", List.of("Bridges"));
        if (!bylines.isEmpty()) {
            draft.with("bylines", bylines);
        }
        long id = expect(201, api.post("/api/stories", draft, editor)).number("id");
        expect(200, api.post("/api/stories/" + id + "/publish", body(), editor));
        return id;
    }

    private String articlePath(String headline) {
        Element link = Jsoup.parse(read("/city")).select("article.story h2 a").stream()
                .filter(a -> a.text().equals(headline)).findFirst()
                .orElseThrow(() -> new AssertionError(headline + " is not on /city"));
        return link.attr("href");
    }
}
