package news.cms.app.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both sitemaps are valid against the sitemap 0.9 schema and our Google News schema (every read
 * validates); the news sitemap holds only the last 48 hours, with ISO 639 languages; nothing unpublished.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitemapsTest extends ApiTest {

    /** The protocol's limits for one file: 50,000 URLs in a sitemap, 1,000 stories in a news sitemap. */
    private static final int MAX_URLS = 50_000;
    private static final int MAX_NEWS = 1_000;

    private PublicSite site;

    @BeforeAll
    void anOldStoryFreshOnesInThreeLanguagesAndARetractedOne() {
        site = new PublicSite(api, server.getURI());
        section("world");
        String editor = user("desk", "EDITOR");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publish(editor, "Last week's story", "en", now.minus(Duration.ofDays(7)));
        publish(editor, "This morning's story & more", "en", now.minus(Duration.ofHours(2)));
        publish(editor, "Notícias do porto", "pt-BR", now.minus(Duration.ofHours(3)));
        publish(editor, "Harbour news 港口新聞", "zh-Hant-TW", now.minus(Duration.ofHours(4)));
        publish(editor, "Harbour news 港口新闻", "zh-Hans", now.minus(Duration.ofHours(5)));
        long gone = publish(editor, "Retracted story", "en", now.minus(Duration.ofHours(1)));
        expect(200, api.post("/api/stories/" + gone + "/unpublish", body("reason", "Legal"), editor));
    }

    @Test
    void theSitemapListsTheFrontsAndEveryLiveStory() {
        List<String> locs = PublicSite.texts(site.sitemap("/sitemap.xml"), PublicSite.SITEMAP_NS, "loc");
        assertTrue(locs.contains(site.url("/")), locs.toString());
        assertTrue(locs.contains(site.url("/world")), locs.toString());
        assertTrue(locs.stream().anyMatch(loc -> loc.endsWith("/last-week-s-story")), locs.toString());
        assertTrue(locs.stream().anyMatch(loc -> loc.endsWith("/this-morning-s-story-more")), locs.toString());
        assertFalse(locs.stream().anyMatch(loc -> loc.contains("retracted")), locs.toString());
        assertTrue(locs.stream().allMatch(loc -> loc.startsWith(site.url("/"))), locs.toString());
        assertTrue(locs.size() <= MAX_URLS);
    }

    @Test
    void theNewsSitemapHoldsOnlyTheLastTwoDays() {
        Document news = site.sitemap("/news-sitemap.xml");
        assertEquals(List.of("This morning's story & more", "Notícias do porto", "Harbour news 港口新聞", "Harbour news 港口新闻"),
                PublicSite.texts(news, PublicSite.NEWS_NS, "title"));
        assertEquals(List.of("Newsroom", "Newsroom", "Newsroom", "Newsroom"), PublicSite.texts(news, PublicSite.NEWS_NS, "name"));
        assertTrue(PublicSite.texts(news, PublicSite.NEWS_NS, "news").size() <= MAX_NEWS);
    }

    @Test
    void theNewsSitemapNamesLanguagesAsGoogleNewsWantsThem() {
        // ISO 639 codes, except zh-cn and zh-tw for Chinese in simplified and traditional characters
        assertEquals(List.of("en", "pt", "zh-tw", "zh-cn"),
                PublicSite.texts(site.sitemap("/news-sitemap.xml"), PublicSite.NEWS_NS, "language"));
    }

    private long publish(String editor, String headline, String language, Instant at) {
        long id = expect(201, api.post("/api/stories", body("headline", headline, "section", "world", "language", language),
                editor)).number("id");
        expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", at.toString()), editor));
        return id;
    }
}
