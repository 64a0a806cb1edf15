package news.cms.app.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A newsroom with nothing published in the last 48 hours still serves a valid news sitemap: the
 * sitemap schema wants at least one url, so the front page stands in, without news metadata.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuietNewsSitemapTest extends ApiTest {

    private PublicSite site;

    @BeforeAll
    void onlyAStoryFromLastWeek() {
        site = new PublicSite(api, server.getURI());
        section("world");
        String editor = user("desk", "EDITOR");
        long id = expect(201, api.post("/api/stories", draft("Last week's story").with("section", "world"), editor)).number("id");
        expect(200, api.post("/api/stories/" + id + "/publish",
                body("publishedAt", Instant.now().minus(Duration.ofDays(7)).toString()), editor));
    }

    @Test
    void aQuietNewsSitemapIsStillAValidSitemapWithNoNews() {
        Document news = site.sitemap("/news-sitemap.xml");
        assertEquals(List.of(site.url("/")), PublicSite.texts(news, PublicSite.SITEMAP_NS, "loc"));
        assertEquals(List.of(), PublicSite.texts(news, PublicSite.NEWS_NS, "news"));
    }
}
