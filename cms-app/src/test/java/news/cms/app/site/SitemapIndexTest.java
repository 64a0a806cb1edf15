package news.cms.app.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.publishing.export.ExportProgress;
import news.cms.publishing.export.ExportRequest;
import news.cms.publishing.export.SiteExport;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site with more URLs than one sitemap may hold (five here, 50,000 in production): {@code /sitemap.xml}
 * is an index of numbered parts, each full but the last, and every live story is in exactly one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitemapIndexTest extends ApiTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String BASE = "https://news.example.org";
    private static final int STORIES = 13;

    private final List<String> liveSlugs = new ArrayList<>();
    @Inject
    SiteExport export;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.site.sitemap-urls", "5");
        props.put("cms.base-url", BASE + "/");
        return props;
    }

    @BeforeAll
    void thirteenLiveStoriesInTwoSectionsAndTwoThatAreNotLive() {
        section("news");
        section("sport");
        String editor = user("desk", "EDITOR");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 1; i <= STORIES; i++) {
            long id = create(editor, "Story number " + i, i % 2 == 0 ? "sport" : "news");
            // story 13 is the newest
            String slug = expect(200, api.post("/api/stories/" + id + "/publish",
                    body("publishedAt", now.minus(Duration.ofHours(STORIES - i + 1)).toString()), editor)).text("slug");
            liveSlugs.add(0, slug);
        }
        long retracted = create(editor, "Retracted story", "news");
        expect(200, api.post("/api/stories/" + retracted + "/publish", body(), editor));
        expect(200, api.post("/api/stories/" + retracted + "/unpublish", body("reason", "Legal"), editor));
        long embargoed = create(editor, "Embargoed story", "news");
        expect(200, api.post("/api/stories/" + embargoed + "/schedule", body("publishAt", "2999-01-01T00:00:00Z"), editor));
    }

    @Test
    void theSitemapIsAnIndexOfEveryPartWithAbsoluteUrls() throws Exception {
        Document index = parse("/sitemap.xml");
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        // home, two fronts and 13 stories: 16 URLs, five a part
        assertEquals(List.of(BASE + "/sitemap-1.xml", BASE + "/sitemap-2.xml", BASE + "/sitemap-3.xml",
                BASE + "/sitemap-4.xml"), texts(index, "loc"));
    }

    @Test
    void everyLiveStoryIsInExactlyOnePartAndThePartsAreCutFromTheOldestEnd() throws Exception {
        // read from the last part back: the newest story first, the fronts last
        List<String> all = new ArrayList<>();
        for (int n = 4; n >= 1; n--) {
            Document part = parse("/sitemap-" + n + ".xml");
            assertEquals("urlset", part.getDocumentElement().getLocalName());
            List<String> locs = texts(part, "loc");
            assertEquals(n < 4 ? 5 : 1, locs.size(), "part " + n + ": " + locs);
            all.addAll(locs);
        }
        assertEquals(List.of(BASE + "/", BASE + "/news", BASE + "/sport"), all.subList(all.size() - 3, all.size()));
        List<String> stories = all.subList(0, all.size() - 3);
        assertEquals(STORIES, new HashSet<>(stories).size(), "no story twice: " + stories);
        for (int i = 0; i < STORIES; i++) {
            assertTrue(stories.get(i).startsWith(BASE + "/") && stories.get(i).endsWith("/" + liveSlugs.get(i)),
                    "newest first: " + stories);
        }
        assertFalse(all.stream().anyMatch(loc -> loc.contains("retracted") || loc.contains("embargoed")), all.toString());
    }

    @Test
    void aPublicationChangesOnlyTheLastPart() {
        String editor = api.login("desk", "Pass-for-desk-1");
        List<String> before = etags();
        long id = create(editor, "One more story", "news");
        expect(200, api.post("/api/stories/" + id + "/publish", body(), editor));
        try {
            List<String> after = etags();
            assertEquals(before.subList(0, 3), after.subList(0, 3), "parts 1 to 3 are as they were");
            assertNotEquals(before.get(3), after.get(3), "the last part has the new story");
        } finally {
            expect(200, api.post("/api/stories/" + id + "/unpublish", body("reason", "Test over"), editor));
        }
    }

    @Test
    void theStaticExportWritesTheSameIndexAndParts(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        export.export(new ExportRequest(site, false, BASE), new ExportProgress());
        for (String path : List.of("/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml", "/sitemap-4.xml")) {
            assertEquals(expect(200, api.getAsBrowser(path)).body(), Files.readString(site.resolve(path.substring(1))),
                    path + " as the server answers it");
        }
        assertFalse(Files.exists(site.resolve("sitemap-5.xml")));
    }

    private List<String> etags() {
        List<String> tags = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            tags.add(expect(200, api.getAsBrowser("/sitemap-" + n + ".xml")).header("ETag"));
        }
        return tags;
    }

    @Test
    void pastTheLastPartAndNonNumbersAre404() {
        assertEquals(404, api.getAsBrowser("/sitemap-5.xml").status());
        assertEquals(404, api.getAsBrowser("/sitemap-0.xml").status());
        assertEquals(404, api.getAsBrowser("/sitemap-one.xml").status());
        assertEquals(200, api.getAsBrowser("/sitemap-4.xml").status());
    }

    private long create(String editor, String headline, String section) {
        return expect(201, api.post("/api/stories", body("headline", headline, "section", section), editor)).number("id");
    }

    private Document parse(String path) throws Exception {
        ApiClient.Reply reply = api.getAsBrowser(path);
        assertEquals(200, reply.status(), path);
        assertTrue(reply.header("Content-Type").startsWith("application/xml"), reply.header("Content-Type"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(SITEMAP, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
