package news.cms.app.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sitemaps parse as namespaced XML; the news sitemap holds only the last 48 hours; nothing unpublished. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitemapsTest extends ApiTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    @BeforeAll
    void anOldStoryAFreshOneAndARetractedOne() {
        section("world");
        String editor = user("desk", "EDITOR");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publish(editor, "Last week's story", now.minus(Duration.ofDays(7)));
        publish(editor, "This morning's story & more", now.minus(Duration.ofHours(2)));
        long gone = publish(editor, "Retracted story", now.minus(Duration.ofHours(1)));
        expect(200, api.post("/api/stories/" + gone + "/unpublish", body("reason", "Legal"), editor));
    }

    @Test
    void theSitemapListsTheFrontsAndEveryLiveStory() throws Exception {
        List<String> locs = texts(parse("/sitemap.xml"), SITEMAP, "loc");
        assertTrue(locs.stream().anyMatch(loc -> loc.endsWith("/world")), locs.toString());
        assertTrue(locs.stream().anyMatch(loc -> loc.contains("/last-week-s-story")), locs.toString());
        assertTrue(locs.stream().anyMatch(loc -> loc.contains("/this-morning-s-story-more")), locs.toString());
        assertFalse(locs.stream().anyMatch(loc -> loc.contains("retracted")), locs.toString());
        assertTrue(locs.stream().allMatch(loc -> loc.startsWith("http://localhost:")), locs.toString());
    }

    @Test
    void theNewsSitemapHoldsOnlyTheLastTwoDays() throws Exception {
        Document news = parse("/news-sitemap.xml");
        assertEquals(List.of("This morning's story & more"), texts(news, NEWS, "title"));
        assertEquals(List.of("Newsroom"), texts(news, NEWS, "name"));
    }

    private Document parse(String path) throws Exception {
        ApiClient.Reply reply = api.getAsBrowser(path);
        assertEquals(200, reply.status(), path);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String namespace, String element) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private long publish(String editor, String headline, Instant at) {
        long id = expect(201, api.post("/api/stories", body("headline", headline, "section", "world"), editor)).number("id");
        expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", at.toString()), editor));
        return id;
    }
}
