package news.cms.app.desk.search;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.app.desk.admin.SignedIn;
import news.cms.app.site.NuHtmlChecker;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's search in a browser without JavaScript: from the start page's box, with filters by
 * state, section and dates; a reporter finds her drafts and the live stories, never a colleague's
 * draft; a date that is no date is marked beside its field.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskSearchTest extends ApiTest {

    private SignedIn rhea;
    private SignedIn eda;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void draftsOfTwoReportersAndALiveStory() {
        section("city");
        String rheaToken = user("rhea-search", "REPORTER");
        String samToken = user("sam-search", "REPORTER");
        String editor = user("eda-search", "EDITOR");
        expect(201, api.post("/api/stories", draft("Tram line extended").with("section", "city")
                .with("body", "The quokkatram runs to the port."), rheaToken));
        expect(201, api.post("/api/stories", draft("Tram fares rise").with("section", "city")
                .with("body", "The quokkatram costs more."), samToken));
        long live = expect(201, api.post("/api/stories", draft("Tram strike ends").with("section", "city")
                .with("body", "Every quokkatram is back."), editor)).number("id");
        expect(200, api.post("/api/stories/" + live + "/publish", body(), editor));
        rhea = SignedIn.as(server.getURI(), "rhea-search", "Pass-for-rhea-search-1");
        eda = SignedIn.as(server.getURI(), "eda-search", "Pass-for-eda-search-1");
        await().atMost(Duration.ofSeconds(5)).until(() -> headlines(eda.html("/desk/search?q=quokkatram")).size() == 3);
    }

    @Test
    void aReporterFindsHerDraftsAndTheLiveStoriesFromTheStartPagesBox() {
        Document home = rhea.html("/desk");
        assertNotNull(home.selectFirst("form[action=/desk/search] input[name=q]"), "the start page's search box");
        Document found = rhea.html("/desk/search?q=quokkatram");
        assertEquals(List.of("Tram line extended", "Tram strike ends"), headlines(found).stream().sorted().toList(),
                "her draft and the live story, not her colleague's draft");
        assertEquals(List.of("quokkatram", "quokkatram"), found.select(".snippet mark").eachText());
        assertEquals(List.of("Tram line extended"), headlines(rhea.html("/desk/search?q=quokkatram&state=DRAFT")));
        assertEquals(List.of(), new NuHtmlChecker().errors(rhea.get("/desk/search?q=quokkatram").raw().body()),
                "the results page is valid HTML");
    }

    @Test
    void editorsFindEveryStoryAndNarrowItByStateAndDate() {
        assertEquals(3, headlines(eda.html("/desk/search?q=quokkatram")).size());
        assertEquals(List.of("Tram strike ends"), headlines(eda.html("/desk/search?q=quokkatram&state=PUBLISHED")));
        String today = LocalDate.now().toString();
        assertEquals(3, headlines(eda.html("/desk/search?q=quokkatram&from=" + today)).size());
        assertEquals(0, headlines(eda.html("/desk/search?q=quokkatram&to=2001-01-01")).size());

        Browser.Page refused = eda.get("/desk/search?q=quokkatram&from=yesterday");
        assertEquals(400, refused.status());
        assertTrue(refused.html().selectFirst("#from-error").text().contains("2026-11-30"));
        assertEquals("yesterday", refused.html().selectFirst("#from").val(), "what was typed stays");
    }

    private static List<String> headlines(Document page) {
        return page.select("table.search-results tbody th a").eachText();
    }
}
