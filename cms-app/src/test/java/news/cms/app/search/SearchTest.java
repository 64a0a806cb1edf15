package news.cms.app.search;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.site.NuHtmlChecker;
import news.cms.core.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readers' and the newsroom's search, through the server as its clients use it: word forms,
 * phrases, Korean words, headline before body and newer before older, marked and escaped snippets,
 * only what each searcher may read, and a change found within a second of its answer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest extends ApiTest {

    private String editor;
    private String alice;
    private final Map<String, String> addresses = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void storiesInEveryState() {
        section("world");
        section("city");
        editor = user("search-editor", "EDITOR");
        alice = user("search-alice", "REPORTER");
        Instant noon = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS);
        live("A", "North Korea fires ballistic missiles over the sea", "Japan's coast guard tracked the flight",
                "The launch was spotted at dawn.", "world", "en", noon.minus(6, ChronoUnit.DAYS));
        live("B", "City council budget vote", "Councillors split over spending",
                "The curator asked for money to restore the missiles of the museum, <b>relics</b> & more.", "city", "en",
                noon.minus(5, ChronoUnit.DAYS));
        live("C", "북한이 미사일을 발사했다", "합동참모본부가 발표했다", "북한이 오늘 아침 동해상으로 탄도미사일을 발사했다.",
                "world", "ko", noon.minus(4, ChronoUnit.DAYS));
        live("D", "Swedish diplomats return", "The embassy reopens", "Diplomatic operations resumed on Monday.",
                "world", "en", noon.minus(3, ChronoUnit.DAYS));
        live("E", "Consulate reopens", "Staff came back", "Operations were resumed by diplomatic staff.",
                "world", "en", noon.minus(2, ChronoUnit.DAYS));
        ids.put("H", expect(201, api.post("/api/stories", draft("Night market draws crowds").with("section", "city")
                .with("body", "The wombatlight lanterns lit the square."), alice)).number("id"));
        ids.put("I", expect(201, api.post("/api/stories", draft("Lantern makers prepare").with("section", "city")
                .with("body", "Workshops sold wombatlight kits."), editor)).number("id"));
        awaitFound("/search?q=diplomatic", "D");
    }

    @Test
    void aReaderFindsWordFormsPhrasesAndKoreanWordsHeadlineMatchesFirst() {
        assertEquals(List.of("A", "B"), found("missile"), "a headline match before a newer body match");
        assertEquals(List.of("A", "B"), found("missiles"));
        assertEquals(List.of("A"), found("launches"), "launches finds the launch");
        assertEquals(List.of("D"), found("\"diplomatic operations resumed\""), "a phrase as written");
        List<String> anywhere = found("diplomatic operations resumed");
        assertTrue(anywhere.size() == 2 && anywhere.containsAll(List.of("D", "E")), "the words anywhere: " + anywhere);
        assertEquals(List.of("A"), found("the missile launch"), "stop words ask nothing");
        assertEquals(List.of("C"), found("북한"), "북한 finds 북한이");
        assertEquals(List.of("B"), found("missile", "&section=city"));
        assertEquals(List.of("B", "A"), found("missile", "&sort=date"), "newest first");
        assertEquals(List.of(), found("wombatlight"), "drafts stay in the newsroom");
        assertEquals(List.of(), found("the"), "stop words alone find nothing");
    }

    @Test
    void aResultShowsTheStoryAsAListingDoesWithItsMatchedWordsMarkedAndEscaped() {
        String html = expect(200, api.getAsBrowser("/search?q=missiles")).body();
        Document page = Jsoup.parse(html);
        Element b = page.select("article.story").stream()
                .filter(story -> story.selectFirst("h2 a").attr("href").equals(addresses.get("B"))).findFirst().orElseThrow();
        assertEquals("Councillors split over spending", b.selectFirst(".dek").text());
        assertNotNull(b.selectFirst("p.bylines a"), "its bylines");
        assertNotNull(b.selectFirst("time.date[datetime]"), "its date");
        Element snippet = b.selectFirst(".snippet");
        assertEquals(List.of("missiles"), snippet.select("mark").eachText());
        assertTrue(snippet.text().contains("<b>relics</b> & more"), "stored markup is shown as text: " + snippet.html());
        assertTrue(snippet.select("b").isEmpty());
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("missiles", page.selectFirst("header.site input[name=q]").val(), "the header's search box");
        assertEquals(List.of(), new NuHtmlChecker().errors(html));

        String hostile = expect(200, api.getAsBrowser("/search?q=" + URLEncoder.encode("\"><script>alert(1)</script>",
                StandardCharsets.UTF_8))).body();
        assertTrue(Jsoup.parse(hostile).select("main script").isEmpty());
        assertTrue(Jsoup.parse(expect(200, api.getAsBrowser("/search?q=xylophonequasar")).body()).text()
                .contains("No story matches"));
        assertNotNull(Jsoup.parse(expect(200, api.getAsBrowser("/")).body()).selectFirst("header form[action=/search]"),
                "every page has the search box");
    }

    @Test
    void theNewsroomFindsWhatEachMayReadAndAChangeIsFoundWithinASecond() {
        assertEquals(List.of("H", "I"), apiFound(editor, "wombatlight", ""), "editors find every state");
        assertEquals(List.of("H"), apiFound(alice, "wombatlight", ""), "a reporter finds her own, not others' drafts");
        assertEquals(List.of("A", "B"), apiFound(alice, "missile", ""), "and the live stories");
        assertEquals(List.of(), apiFound(editor, "wombatlight", "&status=PUBLISHED"));
        assertEquals(401, api.get("/api/search?q=missile", null).status());
        JsonNode item = expect(200, api.get("/api/search?q=wombatlight&status=DRAFT", alice)).json().get("items").get(0);
        assertEquals("DRAFT", item.get("status").getStringValue());
        assertTrue(item.get("snippet").getStringValue().contains("<mark>wombatlight</mark>"), item.toString());

        long fresh = expect(201, api.post("/api/stories", draft("Harbour pilots walk out").with("section", "city")
                .with("body", "The freshword strike began."), editor)).number("id");
        expect(200, api.post("/api/stories/" + fresh + "/publish", body(), editor));
        long published = System.nanoTime();
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> found("freshword").size() == 1);
        System.out.printf("SEARCH found %d ms after its publish was answered%n", (System.nanoTime() - published) / 1_000_000);
        expect(200, api.post("/api/stories/" + fresh + "/unpublish", body("reason", "Back to work"), editor));
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> found("freshword").isEmpty());
    }

    /** The keys of the stories /search lists, in order. */
    private List<String> found(String q, String... more) {
        String html = expect(200, api.getAsBrowser("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + String.join("", more))).body();
        List<String> keys = new ArrayList<>();
        for (Element link : Jsoup.parse(html).select("main article.story h2 a")) {
            String key = addresses.entrySet().stream().filter(e -> e.getValue().equals(link.attr("href")))
                    .map(Map.Entry::getKey).findFirst().orElse(link.attr("href"));
            keys.add(key);
        }
        return keys;
    }

    private List<String> apiFound(String token, String q, String more) {
        List<String> keys = new ArrayList<>();
        for (JsonNode item : expect(200, api.get("/api/search?q=" + q + more, token)).json().get("items").values()) {
            long id = item.get("id").getLongValue();
            keys.add(ids.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst()
                    .orElse("id " + id));
        }
        keys.sort(String::compareTo);
        return keys;
    }

    private void live(String key, String headline, String dek, String body, String section, String language,
                      Instant at) {
        long id = expect(201, api.post("/api/stories", draft(headline).with("dek", dek).with("body", body)
                .with("section", section).with("language", language), editor)).number("id");
        ids.put(key, id);
        addresses.put(key, expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", at.toString()),
                editor)).text("address"));
    }

    private void awaitFound(String path, String key) {
        await().atMost(Duration.ofSeconds(5)).until(() -> api.getAsBrowser(path).body().contains(addresses.get(key)));
    }
}
