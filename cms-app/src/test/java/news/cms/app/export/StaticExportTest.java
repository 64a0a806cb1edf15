package news.cms.app.export;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import news.cms.publishing.export.ExportException;
import news.cms.publishing.export.ExportProgress;
import news.cms.publishing.export.ExportRequest;
import news.cms.publishing.export.ExportSummary;
import news.cms.publishing.export.SiteExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The static export, run in-process against the running server: every file is byte for byte what the
 * server answers at its URL; nothing that is not live is anywhere in it; an incremental export
 * replaces only what a change touched; a failed export leaves the last complete site in place.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticExportTest extends ApiTest {

    private static final String BASE = "https://news.example.org";

    @Inject
    SiteExport export;
    @Inject
    ExportTestHook hook;

    private String editor;
    private String reddy;
    private final List<String> newsArticles = new ArrayList<>();
    private String sportArticle;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.base-url", BASE);
        props.put("cms.timezone", "UTC");
        props.put("cms.export.commit-margin", "0s");
        props.put("cms.test.export-hook", "true");
        return props;
    }

    @BeforeAll
    void aNewsroomWithThreePagesOfNewsSomeSportAndTwoStoriesThatAreNotLive() {
        expect(201, api.post("/api/sections", body("slug", "news", "title", "News",
                "description", "Latest news from our correspondents"), admin));
        section("sport");
        section("culture");
        editor = user("desk", "EDITOR");
        reddy = expect(201, api.post("/api/authors", body("name", "Shreyas Reddy"), editor)).text("slug");
        String bremer = expect(201, api.post("/api/authors", body("name", "Ifang Bremer"), editor)).text("slug");
        for (int day = 1; day <= 23; day++) {
            newsArticles.add(0, publish(draft("Flood update " + day).with("bylines", List.of(reddy, bremer))
                    .with("tags", List.of("Floods")), String.format("2024-09-%02dT08:00:00Z", day)));
        }
        sportArticle = publish(draft("Cup final tonight").with("section", "sport").with("tags", List.of("Football")),
                "2024-09-10T20:00:00Z");
        publish(draft("Derby ends level").with("section", "sport"), "2024-09-11T20:00:00Z");
        long retracted = create(draft("Retracted secret story").with("tags", List.of("Floods")));
        expect(200, api.post("/api/stories/" + retracted + "/publish", body(), editor));
        expect(200, api.post("/api/stories/" + retracted + "/unpublish", body("reason", "Legal"), editor));
        long embargoed = create(draft("Embargoed secret story").with("bylines", List.of(reddy)));
        expect(200, api.post("/api/stories/" + embargoed + "/schedule", body("publishAt", "2999-01-01T00:00:00Z"), editor));
    }

    @AfterEach
    void disarm() {
        hook.disarm();
    }

    @Test
    void everyExportedFileIsWhatTheServerServesAtItsUrl() throws IOException {
        Path site = newDirectory().resolve("site");
        ExportSummary summary = exportInto(site, false);
        assertEquals("full", summary.mode());
        assertTrue(Files.isSymbolicLink(site), "the export directory is a link to a generation");

        Map<String, String> files = new HashMap<>();
        files.put("/", "index.html");
        files.put("/page/2", "page/2/index.html");
        files.put("/page/3", "page/3/index.html");
        files.put("/news", "news/index.html");
        files.put("/news/page/3", "news/page/3/index.html");
        files.put("/sport", "sport/index.html");
        files.put("/culture", "culture/index.html");
        files.put("/author/" + reddy, "author/" + reddy + "/index.html");
        files.put("/author/" + reddy + "/page/2", "author/" + reddy + "/page/2/index.html");
        files.put("/tag/floods", "tag/floods/index.html");
        files.put("/tag/football", "tag/football/index.html");
        files.put(newsArticles.get(0), newsArticles.get(0).substring(1) + "/index.html");
        files.put(sportArticle, sportArticle.substring(1) + "/index.html");
        files.put("/feed", "feed/index.rss");
        files.put("/feed/atom", "feed/atom/index.atom");
        files.put("/news/feed", "news/feed/index.rss");
        files.put("/sport/feed/atom", "sport/feed/atom/index.atom");
        files.put("/sitemap.xml", "sitemap.xml");
        files.put("/news-sitemap.xml", "news-sitemap.xml");
        files.put("/assets/site.css", "assets/site.css");
        files.forEach((url, file) -> assertEquals(served(url), read(site.resolve(file)), url + " as " + file));

        assertEquals(404, api.getAsBrowser("/sitemap-1.xml").status(), "the site fits in one sitemap");
        assertFalse(Files.exists(site.resolve("sitemap-1.xml")), "the site fits in one sitemap");
        ApiClient.Reply pastTheEnd = api.getAsBrowser("/news/page/4");
        assertEquals(404, pastTheEnd.status());
        assertFalse(Files.exists(site.resolve("news/page/4")), "no page past the end");
        assertEquals(pastTheEnd.body(), read(site.resolve("404.html")), "a static host's 404 page is the server's");
        assertFalse(Files.exists(site.resolve("page/1")), "page 1 is the listing itself");
        for (String article : newsArticles) {
            assertTrue(Files.isRegularFile(site.resolve(article.substring(1) + "/index.html")), article);
        }
        assertEquals(25, summary.stories());
    }

    @Test
    void storiesThatAreNotLiveAreNowhereInTheExport() throws IOException {
        Path site = newDirectory().resolve("site");
        exportInto(site, false);
        try (Stream<Path> all = Files.walk(site.toRealPath())) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String content = read(file);
                assertFalse(content.contains("secret"), file + " shows a story that is not live");
            }
        }
        try (Stream<Path> all = Files.walk(site.toRealPath())) {
            assertFalse(all.anyMatch(path -> path.getFileName().toString().contains("secret")), "no file of theirs");
        }
    }

    @Test
    void anIncrementalExportReplacesOnlyWhatAChangeTouched() throws IOException {
        Path site = newDirectory().resolve("site");
        exportInto(site, false);
        Map<String, Object> before = inodes(site, "sport/index.html", "sport/feed/index.rss", "tag/football/index.html",
                sportArticle.substring(1) + "/index.html", newsArticles.get(5).substring(1) + "/index.html",
                "news/index.html", "tag/floods/index.html", "feed/index.rss", "sitemap.xml");

        String fresh = publish(draft("Flood waters recede").with("tags", List.of("Floods")), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ExportSummary summary = exportInto(site, true);
        assertEquals("incremental", summary.mode());

        Map<String, Object> after = inodes(site, before.keySet().toArray(String[]::new));
        for (String untouched : List.of("sport/index.html", "sport/feed/index.rss", "tag/football/index.html",
                sportArticle.substring(1) + "/index.html", newsArticles.get(5).substring(1) + "/index.html")) {
            assertEquals(before.get(untouched), after.get(untouched), untouched + " was rewritten");
        }
        for (String touched : List.of("news/index.html", "tag/floods/index.html", "feed/index.rss", "sitemap.xml")) {
            assertNotEquals(before.get(touched), after.get(touched), touched + " was not rewritten");
        }
        assertEquals(served(fresh), read(site.resolve(fresh.substring(1) + "/index.html")));
        for (String url : List.of("/", "/news", "/news/page/3", "/tag/floods", "/tag/floods/page/3", "/feed", "/sitemap.xml")) {
            assertEquals(served(url), read(site.resolve(fileOf(url))), url);
        }
        assertTrue(Files.exists(site.resolve("news/page/3/index.html")));

        long freshId = idOf(fresh);
        expect(200, api.post("/api/stories/" + freshId + "/unpublish", body("reason", "Wrong river"), editor));
        exportInto(site, true);
        assertFalse(Files.exists(site.resolve(fresh.substring(1))), "the unpublished story's article is gone");
        for (String url : List.of("/", "/news", "/news/page/3", "/tag/floods", "/feed", "/news-sitemap.xml", "/sitemap.xml")) {
            assertEquals(served(url), read(site.resolve(fileOf(url))), url);
        }
        assertEquals(before.get("sport/index.html"), inodes(site, "sport/index.html").get("sport/index.html"));
    }

    @Test
    void aFailedExportLeavesTheLastCompleteSiteInPlace() throws IOException {
        Path site = newDirectory().resolve("site");
        exportInto(site, false);
        Path complete = site.toRealPath();
        Path generations = site.resolveSibling(".site.generations");
        long before;
        try (Stream<Path> entries = Files.list(generations)) {
            before = entries.count();
        }

        hook.failWith(new IllegalStateException("disk full"));
        assertThrows(IllegalStateException.class, () -> exportInto(site, false));
        assertThrows(IllegalStateException.class, () -> exportInto(site, true));

        assertEquals(complete, site.toRealPath(), "the site still links to the last complete export");
        assertEquals(served("/news"), read(site.resolve("news/index.html")));
        try (Stream<Path> entries = Files.list(generations)) {
            assertEquals(before, entries.count(), "the failed generations are removed");
        }
        hook.disarm();
        exportInto(site, true);
        assertNotEquals(complete, site.toRealPath());
    }

    @Test
    void aDirectoryThatNoExportMadeIsRefused() throws IOException {
        Path site = Files.createDirectories(newDirectory().resolve("site"));
        Files.writeString(site.resolve("index.html"), "someone's own site");
        ExportException refused = assertThrows(ExportException.class, () -> exportInto(site, false));
        assertTrue(refused.getMessage().contains("no export made"), refused.getMessage());
        assertEquals("someone's own site", read(site.resolve("index.html")));
    }

    private ExportSummary exportInto(Path site, boolean incremental) {
        return export.export(new ExportRequest(site, incremental, BASE), new ExportProgress());
    }

    private String publish(Draft draft, String at) {
        long id = create(draft);
        String slug = expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", at), editor)).text("slug");
        return "/" + at.substring(0, 4) + "/" + at.substring(5, 7) + "/" + slug;
    }

    private long create(Draft draft) {
        return expect(201, api.post("/api/stories", draft, editor)).number("id");
    }

    private long idOf(String article) {
        String slug = article.substring(article.lastIndexOf('/') + 1);
        for (var story : expect(200, api.get("/api/stories?size=100", editor)).json().get("items").values()) {
            if (slug.equals(story.get("slug").getStringValue())) {
                return story.get("id").getLongValue();
            }
        }
        throw new AssertionError("no story " + slug);
    }

    private String served(String url) {
        ApiClient.Reply reply = api.getAsBrowser(url);
        assertEquals(200, reply.status(), url);
        return reply.body();
    }

    private static String fileOf(String url) {
        if (url.endsWith(".xml")) {
            return url.substring(1);
        }
        if (url.endsWith("/feed")) {
            return url.substring(1) + "/index.rss";
        }
        return url.equals("/") ? "index.html" : url.substring(1) + "/index.html";
    }

    private static Map<String, Object> inodes(Path site, String... files) throws IOException {
        Map<String, Object> inodes = new HashMap<>();
        for (String file : files) {
            inodes.put(file, Files.getAttribute(site.resolve(file), "unix:ino"));
        }
        return inodes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path newDirectory() throws IOException {
        return Files.createTempDirectory("cms-export-test-");
    }
}
