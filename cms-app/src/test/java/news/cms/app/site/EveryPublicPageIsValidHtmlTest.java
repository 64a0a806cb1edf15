package news.cms.app.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Every public page a reader can reach from the home page, and the page for an address that is not
 * there, is valid HTML by the W3C's Nu HTML Checker: browsers, readers' assistive technology and
 * search engines all read the parsed page, and each repairs invalid markup its own way. The pages
 * are found by crawling, so a new kind of page is checked without anyone listing it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPublicPageIsValidHtmlTest extends ApiTest {

    private static final int MAX_PAGES = 60;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @Test
    void everyReachablePageAndTheNotFoundPageAreValidHtml() throws Exception {
        section("world");
        String editor = user("valid-editor", "EDITOR");
        String author = expect(201, api.post("/api/authors", body("name", "Shreyas Reddy"), editor)).text("slug");
        for (int day = 1; day <= 12; day++) {
            long id = expect(201, api.post("/api/stories", draft("Harbour story " + day).with("section", "world")
                    .with("bylines", List.of(author)).with("tags", List.of("Harbour")), editor)).number("id");
            expect(200, api.post("/api/stories/" + id + "/publish",
                    body("publishedAt", String.format("2024-09-%02dT08:00:00Z", day)), editor));
        }
        long corrected = expect(201, api.post("/api/stories", draft("Ships seen near port").with("section", "world")
                .with("bylines", List.of(author)), editor)).number("id");
        long version = expect(200, api.post("/api/stories/" + corrected + "/publish", body(), editor)).number("version");
        expect(200, api.post("/api/stories/" + corrected + "/correct",
                body("note", "An earlier version named the wrong port.", "version", version), editor));

        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> faults = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        while (!toVisit.isEmpty() && seen.size() < MAX_PAGES) {
            String path = toVisit.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            checker.errors(page.body()).forEach(error -> faults.add(path + ": " + error));
            for (Element link : Jsoup.parse(page.body()).select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && !href.startsWith("//") && !href.contains("feed") && !href.endsWith(".xml")
                        && !href.endsWith(".css")) {
                    toVisit.add(URI.create(href).getPath());
                }
            }
        }
        HttpResponse<String> missing = get("/2024/09/no-such-story");
        assertEquals(404, missing.statusCode());
        checker.errors(missing.body()).forEach(error -> faults.add("404 page: " + error));

        assertTrue(seen.size() >= 8 && seen.stream().anyMatch(p -> p.contains("/page/2")), "pages crawled: " + seen);
        assertEquals(List.of(), faults, "pages checked: " + seen);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
