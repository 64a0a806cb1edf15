package news.cms.app.desk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.media.MediaFiles;
import news.cms.app.site.NuHtmlChecker;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every desk page an admin can reach by following links, checked for what a screen reader and a
 * keyboard need: a language, a title, one main heading, a label for every field, names on buttons
 * and links, a skip link to the content, a viewport for phones, and valid HTML by the W3C's Nu HTML
 * Checker (assistive technology reads the parsed page). The pages are found by crawling
 * rather than listed, so a new screen is checked without anyone remembering to add it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryDeskPageIsAccessibleTest extends ApiTest {

    private static final int MAX_PAGES = 150;

    private final NuHtmlChecker checker = new NuHtmlChecker();

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @Test
    void everyReachablePageLabelsItsFieldsAndNamesItsControls() {
        section("city");
        String reporter = user("a11y-reporter", "REPORTER");
        long picture = expect(201, api.upload("/api/media", MediaFiles.photo(800, 500), "square.jpg", "image/jpeg",
                reporter)).number("id"); // the story editor's lead image, the library's picture page
        long id = expect(201, api.post("/api/stories", body("headline", "Accessible story", "dek", "A dek",
                "body", "Some **body**.", "section", "city", "leadImage", Map.of("media", picture, "alt", "A square")),
                reporter)).number("id");
        expect(200, api.post("/api/stories/" + id + "/submit", Map.of(), reporter));
        long live = expect(201, api.post("/api/stories", body("headline", "Live story", "dek", "A dek",
                "body", "Live.", "section", "city"), reporter)).number("id");
        expect(200, api.post("/api/stories/" + live + "/publish", Map.of(), admin));

        Browser admin = new Browser(server.getURI());
        admin.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/desk", "/desk/stories/new", "/desk/stories/" + id,
                "/desk/queue/" + id));
        List<String> faults = new ArrayList<>();
        check("/desk (signed out)", new Browser(server.getURI()).get("/desk"), faults);
        toVisit.add("/desk/queue/" + live);
        while (!toVisit.isEmpty() && seen.size() < MAX_PAGES) {
            String path = toVisit.poll();
            if (!seen.add(path)) {
                continue;
            }
            Browser.Page page = admin.get(path);
            assertEquals(200, page.status(), path + ": " + page);
            Document html = page.html();
            check(path, page, faults);
            for (Element link : html.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/desk") && !href.startsWith("/desk/preview/") && !href.endsWith(".css")) {
                    toVisit.add(URI.create(href).getPath());
                }
            }
        }
        assertTrue(seen.size() >= 20 && seen.contains("/desk/queue/" + live + "/correct"), "pages crawled: " + seen);
        assertEquals(List.of(), faults, "pages checked: " + seen);
    }

    private void check(String path, Browser.Page page, List<String> faults) {
        Document html = page.html();
        for (String error : checker.errors(page.raw().body())) {
            faults.add(path + ": not valid HTML: " + error);
        }
        if (html.selectFirst("html[lang]") == null) {
            faults.add(path + ": no language on <html>");
        }
        if (html.title().isBlank()) {
            faults.add(path + ": no <title>");
        }
        if (html.select("h1").size() != 1) {
            faults.add(path + ": " + html.select("h1").size() + " <h1> elements");
        }
        if (html.selectFirst("meta[name=viewport]") == null) {
            faults.add(path + ": no viewport for phones");
        }
        if (html.selectFirst("a.skip[href=#main]") == null || html.selectFirst("main#main") == null) {
            faults.add(path + ": no skip link to the main content");
        }
        for (Element field : html.select("input:not([type=hidden]):not([type=submit]), select, textarea")) {
            String id = field.id();
            boolean labelled = !id.isEmpty() && html.selectFirst("label[for=" + id + "]") != null
                    || field.closest("label") != null || field.hasAttr("aria-label") || field.hasAttr("aria-labelledby");
            if (!labelled) {
                faults.add(path + ": a field without a label: " + field.outerHtml());
            }
        }
        for (Element control : html.select("button, a[href]")) {
            if (control.text().isBlank() && !control.hasAttr("aria-label")) {
                faults.add(path + ": a " + control.tagName() + " without a name: " + control.outerHtml());
            }
        }
        for (Element image : html.select("img")) {
            if (!image.hasAttr("alt")) {
                faults.add(path + ": an image without alt text: " + image.outerHtml());
            }
        }
    }
}
