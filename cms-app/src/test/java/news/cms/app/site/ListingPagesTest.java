package news.cms.app.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader's section front, as in the reference capture: the site's date in the header, the
 * section's title and description, then per story headline (linked), dek, bylines joined by " | "
 * and the date, newest first, ten a page. Parsed as HTML, not searched as text.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingPagesTest extends ApiTest {

    private static final String ZONE = "Asia/Seoul";
    private String editor;
    private String reddy;
    private String bremer;
    private long retracted;
    private long scheduled;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.timezone", ZONE);
        return props;
    }

    @BeforeAll
    void twelveStoriesOnTheNewsDesk() {
        expect(201, api.post("/api/sections", body("slug", "news", "title", "News",
                "description", "Latest news from our correspondents"), admin));
        editor = user("desk", "EDITOR");
        reddy = expect(201, api.post("/api/authors", body("name", "Shreyas Reddy"), editor)).text("slug");
        bremer = expect(201, api.post("/api/authors", body("name", "Ifang Bremer"), editor)).text("slug");
        for (int day = 1; day <= 12; day++) {
            // 15:30 UTC is the next morning in Seoul: the date shown is the newsroom's
            publish("Story of September " + day, "Dek " + day, String.format("2024-09-%02dT15:30:00Z", day));
        }
        retracted = publish("Retracted <script>alert(1)</script> story", "Gone", "2024-09-20T15:30:00Z");
        expect(200, api.post("/api/stories/" + retracted + "/unpublish", body("reason", "Legal"), editor));
        scheduled = create("Embargoed story", "Not yet");
        expect(200, api.post("/api/stories/" + scheduled + "/schedule", body("publishAt", "2999-01-01T00:00:00Z"), editor));
    }

    @Test
    void theFrontShowsTodayTheSectionAndEachStoryInTheReferenceOrder() {
        Document page = page("/news");
        String today = LocalDate.now(ZoneId.of(ZONE)).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
        assertEquals(today, page.selectFirst("header.site time.today").text());
        assertEquals("News", page.selectFirst("main h1").text());
        assertEquals("Latest news from our correspondents", page.selectFirst("main p.description").text());

        List<Element> stories = page.select("article.story");
        assertEquals(10, stories.size());
        Element newest = stories.get(0);
        assertEquals("Story of September 12", newest.selectFirst("h2 a").text());
        assertTrue(newest.selectFirst("h2 a").attr("href").startsWith("/2024/09/story-of-september-12"));
        assertEquals("Dek 12", newest.selectFirst("p.dek").text());
        assertEquals("Shreyas Reddy | Ifang Bremer", newest.selectFirst("p.bylines").text());
        assertEquals("/author/" + reddy, newest.selectFirst("p.bylines a").attr("href"));
        assertEquals("September 13, 2024", newest.selectFirst("time.date").text(), "the date in " + ZONE);
        // headline, dek, bylines, date: in that order inside each story
        List<String> order = newest.children().stream().map(e -> e.tagName() + "." + e.className()).toList();
        assertEquals(List.of("h2.", "p.dek", "p.bylines", "time.date"), order);
    }

    @Test
    void tenAPageNewestFirstWithLinksBetweenPages() {
        Document first = page("/news");
        assertEquals("/news/page/2", first.selectFirst("link[rel=next]").attr("href"));
        assertNull(first.selectFirst("link[rel=prev]"));
        Document second = page("/news/page/2");
        List<String> headlines = second.select("article.story h2 a").eachText();
        assertEquals(List.of("Story of September 2", "Story of September 1"), headlines);
        assertEquals("/news", second.selectFirst("link[rel=prev]").attr("href"));
        assertNull(second.selectFirst("link[rel=next]"));
        assertTrue(second.title().contains("page 2"), second.title());
    }

    @Test
    void pageOneRedirectsAndPagesPastTheEndAndUnknownListingsAre404() {
        ApiClient.Reply one = api.getAsBrowser("/news/page/1");
        assertEquals(301, one.status());
        assertEquals("/news", one.header("Location"));
        for (String missing : List.of("/news/page/3", "/no-such-section", "/author/nobody-at-all", "/tag/no-such-tag")) {
            assertReadersNotFoundPage(missing);
        }
    }

    @Test
    void aReaderWhoFindsNothingGetsTheSitesNotFoundPageWithAWayBack() {
        String unpublished = expect(200, api.get("/api/stories/" + retracted, editor)).text("slug");
        // a story taken down, one that never was, and addresses no route answers
        for (String missing : List.of("/2024/09/" + unpublished, "/2001/01/no-such-story", "/news/2024/09/x",
                "/no/such/page/at/all")) {
            assertReadersNotFoundPage(missing);
        }
    }

    /** 404, in the site's layout (its name and today's date), saying so, with a link home, not indexed. */
    private void assertReadersNotFoundPage(String path) {
        ApiClient.Reply reply = api.getAsBrowser(path);
        assertEquals(404, reply.status(), path);
        assertTrue(reply.header("Content-Type").startsWith("text/html"), path + ": " + reply.header("Content-Type"));
        Document page = Jsoup.parse(reply.body());
        assertEquals("Page not found", page.selectFirst("main h1").text(), path);
        assertEquals("Newsroom", page.selectFirst("header.site a.site-name").text(), path);
        assertFalse(page.selectFirst("header.site time.today").text().isEmpty(), path);
        assertEquals("/", page.selectFirst("main a").attr("href"), path);
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"), path);
        assertNull(page.selectFirst("a[href^=/desk]"), path + " sends a reader to the desk");
    }

    @Test
    void everyPageIsStyledByTheSitesStylesheetWhichAReaderKeepsUntilItChanges() {
        for (String path : List.of("/", "/news", "/author/" + reddy, "/no-such-section")) {
            Document page = Jsoup.parse(api.getAsBrowser(path).body());
            assertEquals("/assets/site.css", page.selectFirst("head link[rel=stylesheet]").attr("href"), path);
        }
        ApiClient.Reply css = api.getAsBrowser("/assets/site.css");
        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").startsWith("text/css"), css.header("Content-Type"));
        assertTrue(css.body().contains("header.site") && css.body().contains("article.story"), css.body());
        ApiClient.Reply again = api.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/assets/site.css"))
                .header("If-None-Match", css.header("ETag")).GET());
        assertEquals(304, again.status());
    }

    @Test
    void unpublishedAndScheduledStoriesAppearOnNoListing() {
        for (String path : List.of("/", "/news", "/news/page/2", "/author/" + reddy, "/author/" + bremer, "/tag/weather")) {
            String html = api.getAsBrowser(path).body();
            assertFalse(html.contains("Retracted"), path + " lists an unpublished story");
            assertFalse(html.contains("Embargoed"), path + " lists a scheduled story");
            assertFalse(html.contains("<script>alert"), path + " carries live markup");
        }
    }

    @Test
    void authorAndTagPagesListTheirStories() {
        assertEquals(10, page("/author/" + reddy).select("article.story").size());
        assertEquals(2, page("/tag/weather/page/2").select("article.story").size());
        assertEquals("Ifang Bremer", page("/author/" + bremer).selectFirst("main h1").text());
    }

    private Document page(String path) {
        ApiClient.Reply reply = api.getAsBrowser(path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        assertTrue(reply.header("Content-Type").startsWith("text/html"), reply.header("Content-Type"));
        return Jsoup.parse(reply.body());
    }

    private long create(String headline, String dek) {
        return expect(201, api.post("/api/stories", body("headline", headline, "dek", dek, "section", "news",
                "bylines", List.of(reddy, bremer), "tags", List.of("Weather")), editor)).number("id");
    }

    private long publish(String headline, String dek, String at) {
        long id = create(headline, dek);
        expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", Instant.parse(at).toString()), editor));
        return id;
    }
}
