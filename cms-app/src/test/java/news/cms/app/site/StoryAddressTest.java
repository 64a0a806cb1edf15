package news.cms.app.site;

import com.rometools.rome.feed.synd.SyndEntry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Byline;
import news.cms.core.story.Story;
import news.cms.core.story.StoryRedirects;
import news.cms.core.story.StoryState;
import news.cms.core.story.StoryStore;
import news.cms.core.tag.TagDirectory;
import news.cms.core.testing.TestDatabase;
import news.cms.publishing.export.ExportProgress;
import news.cms.publishing.export.ExportRequest;
import news.cms.publishing.export.ExportSummary;
import news.cms.publishing.export.SiteExport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story answers at the address it got when first published, whatever happens to its dates later;
 * every address it had before answers 301 to that one while it is live, and 404 once it is not,
 * never showing where an unpublished story was; the static export holds the same redirects.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryAddressTest extends ApiTest {

    private static final String BASE = "https://news.example.org";

    @Inject
    StoryRedirects redirects;
    @Inject
    SiteExport export;
    @Inject
    StoryStore store;
    @Inject
    SectionDirectory sections;
    @Inject
    AuthorDirectory authors;
    @Inject
    TagDirectory tags;
    @Inject
    TransactionOperations<Connection> tx;

    private PublicSite site;
    private String editor;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.timezone", "UTC");
        props.put("cms.base-url", BASE);
        return props;
    }

    @BeforeAll
    void aNewsDesk() {
        site = new PublicSite(api, server.getURI());
        section("news");
        editor = user("desk", "EDITOR");
    }

    @Test
    void aStoryRepublishedBackDatedKeepsItsAddressAndItsNewDateRedirectsThere() {
        long id = publish("Dockers return to work", "2025-01-31T23:30:00Z");
        String slug = slugOf(id);
        String address = "/2025/01/" + slug;
        expect(200, api.post("/api/stories/" + id + "/unpublish", body("reason", "Wrong date"), editor));
        expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", "2024-06-01T08:00:00Z"), editor));

        assertEquals(200, site.status(address), "where readers' links point, on " + TestDatabase.name());
        assertEquals("June 1, 2024", site.page(address).selectFirst("article time.date").text(), "the new date is shown");
        ApiClient.Reply byItsNewDate = api.getAsBrowser("/2024/06/" + slug);
        assertEquals(301, byItsNewDate.status(), byItsNewDate.toString());
        assertEquals(address, byItsNewDate.header("Location"));
        assertTrue(site.feed("/feed").getEntries().stream().map(SyndEntry::getLink).toList().contains(BASE + address));
        assertTrue(site.listedArticles("/news").contains(address));
    }

    @Test
    void anUnpublishedStorysAddressesAnswer404NotARedirect() {
        long id = publish("Council papers leaked", "2025-03-31T22:30:00Z");
        String slug = slugOf(id);
        expect(200, api.post("/api/stories/" + id + "/unpublish", body("reason", "Legal"), editor));
        expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", "2025-02-10T08:00:00Z"), editor));
        ApiClient.Reply live = api.getAsBrowser("/2025/02/" + slug);
        assertEquals(301, live.status(), "while live, on " + TestDatabase.name() + ": " + live);

        expect(200, api.post("/api/stories/" + id + "/unpublish", body("reason", "Legal, again"), editor));
        for (String gone : List.of("/2025/03/" + slug, "/2025/02/" + slug)) {
            ApiClient.Reply reply = api.getAsBrowser(gone);
            assertEquals(404, reply.status(), gone + ": " + reply.status() + " " + reply.header("Location"));
        }
    }

    @Test
    void anOldAddressKeptForAStoryAnswers301UntilTheStoryIsUnpublished() {
        long id = publish("Bridge tolls scrapped", "2025-04-02T09:00:00Z");
        String address = "/2025/04/" + slugOf(id);
        String old = "/2019/05/tolls-to-go";
        redirects.add(old, id); // as an import of the site's old links does

        for (int read = 1; read <= 2; read++) { // the second from memory
            ApiClient.Reply reply = api.getAsBrowser(old);
            assertEquals(301, reply.status(), "read " + read + " on " + TestDatabase.name() + ": " + reply);
            assertEquals(address, reply.header("Location"));
            assertEquals("public, no-cache", reply.header("Cache-Control"));
        }
        expect(200, api.post("/api/stories/" + id + "/unpublish", body("reason", "Legal"), editor));
        ApiClient.Reply gone = api.getAsBrowser(old);
        assertEquals(404, gone.status(), "the redirect was dropped with the story: " + gone.header("Location"));
        assertEquals(404, site.status(address));
    }

    @Test
    void aPathThatIsAStorysOwnAddressIsNeverRedirected() {
        long first = publish("Ferry fares rise", "2025-05-02T09:00:00Z");
        long second = publish("Ferry fares rise again", "2025-05-03T09:00:00Z");
        String secondsAddress = "/2025/05/" + slugOf(second);
        redirects.add(secondsAddress, first);

        Document page = site.page(secondsAddress);
        assertEquals("Ferry fares rise again", page.selectFirst("article h1").text());
    }

    @Test
    void aNewSlugMovesTheAddressWithinItsMonthAndTheOldOneRedirects() {
        long id = publish("Port to close", "2025-06-30T23:00:00Z");
        String address = "/2025/06/" + slugOf(id);
        Story moved = rename(id, "port-stays-open");

        assertEquals("/2025/06/port-stays-open", moved.address());
        ApiClient.Reply old = api.getAsBrowser(address);
        assertEquals(301, old.status(), old.toString());
        assertEquals(moved.address(), old.header("Location"));
        assertEquals(200, site.status(moved.address()));
        assertTrue(site.feed("/feed").getEntries().stream().map(SyndEntry::getLink).toList().contains(BASE + moved.address()));
    }

    @Test
    void theExportHoldsARedirectPageAndAMapLineForEveryOldAddressAndKeepsThemCurrent() throws IOException {
        long renamed = publish("Lighthouse sold", "2025-07-01T08:00:00Z");
        String lighthouse = "/2025/07/" + slugOf(renamed);
        long retracted = publish("Lighthouse haunted", "2025-07-02T08:00:00Z");
        redirects.add("/2019/07/haunted-lighthouse", retracted);
        expect(200, api.post("/api/stories/" + retracted + "/unpublish", body("reason", "Hoax"), editor));
        Path out = Files.createTempDirectory("cms-export-test-").resolve("site");
        export.export(new ExportRequest(out, false, BASE), new ExportProgress());
        assertTrue(Files.isRegularFile(out.resolve(lighthouse.substring(1) + "/index.html")));

        Story moved = rename(renamed, "lighthouse-kept");
        ExportSummary incremental = export.export(new ExportRequest(out, true, BASE), new ExportProgress());
        assertEquals("incremental", incremental.mode());

        Document redirect = Jsoup.parse(Files.readString(out.resolve(lighthouse.substring(1) + "/index.html")));
        assertEquals("0; url=" + BASE + moved.address(), redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(BASE + moved.address(), redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", redirect.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(Files.readString(out.resolve(moved.address().substring(1) + "/index.html")).contains("Lighthouse sold"));
        List<String> map = Files.readAllLines(out.resolve("redirects.map"));
        assertTrue(map.contains(lighthouse + " " + moved.address() + ";"), map.toString());
        assertFalse(String.join("\n", map).contains("haunted"), "an unpublished story's old address: " + map);
        assertFalse(Files.exists(out.resolve("2019/07/haunted-lighthouse")));
    }

    /** A new slug for a live story, straight through the store: the desk keeps a published story's slug. */
    private Story rename(long id, String slug) {
        return tx.executeWrite(status -> {
            Story story = store.find(id).orElseThrow();
            return store.update(id, story.version(), new StoryState(slug, story.headline(), story.dek(), story.body(),
                    sections.find(story.section()).orElseThrow(),
                    authors.resolve("bylines", story.bylines().stream().map(Byline::slug).toList()),
                    tags.resolve(story.tags()), story.language(), story.status(), Instant.now(), story.publishedAt(),
                    story.scheduledAt()));
        });
    }

    private long publish(String headline, String at) {
        long id = expect(201, api.post("/api/stories", draft(headline), editor)).number("id");
        expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", at), editor));
        return id;
    }

    private String slugOf(long id) {
        return expect(200, api.get("/api/stories/" + id, editor)).text("slug");
    }
}
