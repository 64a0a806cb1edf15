package news.cms.app.stories;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static news.cms.app.ProblemAssertions.fieldError;
import static news.cms.app.ProblemAssertions.fields;
import static news.cms.app.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data side of the story API: create, read, list and save, with every way a request can be wrong. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryApiTest extends ApiTest {

    private String reporter;
    private String reporterSlug;
    private String editor;
    private String editorSlug;

    @BeforeAll
    void newsroom() {
        section("news");
        section("sport");
        section("lists");
        reporter = user("scribe", "REPORTER");
        editor = user("desk", "EDITOR");
        reporterSlug = authorSlugOf("scribe");
        editorSlug = authorSlugOf("desk");
        expect(201, api.post("/api/authors", body("name", "Wire Agency", "slug", "wire"), editor));
    }

    // ---- create and read -------------------------------------------------------------------------

    @Test
    void creatingAStoryAnswers201WithItsLocationAndEveryContractField() {
        ApiClient.Reply reply = expect(201, api.post("/api/stories", body(
                "headline", "Council approves the flood barrier",
                "dek", "A vote of 7 to 2 after a long night",
                "body", "The council **voted** on Tuesday.",
                "section", "news",
                "tags", List.of("Floods", "City Council")), reporter));
        JsonNode story = reply.json();
        long id = story.get("id").getLongValue();
        String location = reply.header("Location");
        assertNotNull(location, "no Location header");
        assertTrue(location.endsWith("/api/stories/" + id), location);

        assertEquals("council-approves-the-flood-barrier", reply.text("slug"));
        assertEquals("Council approves the flood barrier", reply.text("headline"));
        assertEquals("A vote of 7 to 2 after a long night", reply.text("dek"));
        assertEquals("The council **voted** on Tuesday.", reply.text("body"));
        assertEquals("news", reply.text("section"));
        JsonNode bylines = story.get("bylines");
        assertEquals(1, bylines.size(), reply.body());
        assertEquals(reporterSlug, bylines.get(0).get("slug").getStringValue());
        assertEquals("User scribe", bylines.get(0).get("name").getStringValue());
        assertEquals(List.of("Floods", "City Council"), strings(story.get("tags")));
        assertEquals("DRAFT", reply.text("status"));
        assertEquals(1, story.get("version").getLongValue());
        assertEquals("scribe", reply.text("createdBy"));
        Instant createdAt = Instant.parse(reply.text("createdAt"));
        Instant updatedAt = Instant.parse(reply.text("updatedAt"));
        assertTrue(reply.text("createdAt").endsWith("Z"), reply.text("createdAt"));
        assertFalse(updatedAt.isBefore(createdAt));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - createdAt.getEpochSecond()) < 120, reply.text("createdAt"));
        for (String absent : List.of("publishedAt", "scheduledAt")) {
            assertTrue(story.get(absent) != null && story.get(absent).isNull(), absent + " must be present and null: " + reply.body());
        }
    }

    @Test
    void aStoryReadsBackByIdAsItWasCreated() {
        ApiClient.Reply created = create(reporter, draft("Read me back").with("bylines", List.of(reporterSlug, "wire")));
        ApiClient.Reply read = expect(200, api.get("/api/stories/" + created.number("id"), reporter));
        assertEquals(created.json(), read.json());
        assertEquals(List.of(reporterSlug, "wire"), bylineSlugs(read.json()));
        assertEquals("Wire Agency", read.json().get("bylines").get(1).get("name").getStringValue());
    }

    @Test
    void anUnknownStoryIs404() {
        problem(404, api.get("/api/stories/987654321", editor));
        problem(404, api.put("/api/stories/987654321", draft("Nobody home").with("version", 1), editor));
    }

    @Test
    void anIdThatIsNotANumberIs400() {
        problem(400, api.get("/api/stories/not-a-number", editor));
    }

    // ---- save -------------------------------------------------------------------------------------

    @Test
    void savingWithTheVersionReadAnswers200WithTheNextVersion() {
        ApiClient.Reply created = create(reporter, draft("First take"));
        long id = created.number("id");
        ApiClient.Reply saved = expect(200, api.put("/api/stories/" + id, draft("Second take")
                .with("dek", "Now with a dek").with("tags", List.of("Rewrites")).with("version", 1), reporter));
        assertEquals(2, saved.number("version"));
        assertEquals("Second take", saved.text("headline"));
        assertEquals("Now with a dek", saved.text("dek"));
        assertEquals(List.of("Rewrites"), strings(saved.json().get("tags")));
        assertEquals(created.text("createdAt"), saved.text("createdAt"));
        assertFalse(Instant.parse(saved.text("updatedAt")).isBefore(Instant.parse(created.text("updatedAt"))));
        assertEquals("DRAFT", saved.text("status"));
        // no bylines sent: the story keeps the ones it had
        assertEquals(List.of(reporterSlug), bylineSlugs(saved.json()));

        ApiClient.Reply again = expect(200, api.put("/api/stories/" + id, draft("Third take").with("version", 2), editor));
        assertEquals(3, again.number("version"));
        assertEquals(again.json(), expect(200, api.get("/api/stories/" + id, reporter)).json());
    }

    @Test
    void aStaleVersionIs409AndNothingIsOverwritten() {
        long id = create(reporter, draft("The original")).number("id");
        expect(200, api.put("/api/stories/" + id, draft("The editor's version").with("version", 1), editor));
        ApiClient.Reply before = expect(200, api.get("/api/stories/" + id, reporter));

        ApiClient.Reply stale = fieldError(409, "version", api.put("/api/stories/" + id,
                draft("The reporter's late version").with("dek", "overwrites?").with("version", 1), reporter));
        assertTrue(stale.text("detail").contains("version"), stale.body());

        ApiClient.Reply after = expect(200, api.get("/api/stories/" + id, reporter));
        assertEquals(before.json(), after.json());
        assertEquals("The editor's version", after.text("headline"));
        assertEquals(2, after.number("version"));
    }

    @Test
    void ofManySimultaneousSavesOfOneVersionExactlyOneWins() throws Exception {
        long id = create(reporter, draft("Race for version one")).number("id");
        int writers = 8;
        List<java.util.concurrent.Callable<ApiClient.Reply>> saves = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String headline = "Race for version one, writer " + i;
            saves.add(() -> api.put("/api/stories/" + id, draft(headline).with("version", 1), editor));
        }
        List<ApiClient.Reply> replies = runTogether(saves);
        List<ApiClient.Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
        List<ApiClient.Reply> lost = replies.stream().filter(r -> r.status() == 409).toList();
        assertEquals(1, won.size(), replies.toString());
        assertEquals(writers - 1, lost.size(), replies.toString());
        lost.forEach(r -> problem(409, r));
        ApiClient.Reply after = expect(200, api.get("/api/stories/" + id, editor));
        assertEquals(2, after.number("version"));
        assertEquals(won.get(0).text("headline"), after.text("headline"));
    }

    @Test
    void simultaneousStoriesWithOneHeadlineAllGetTheirOwnSlug() throws Exception {
        int writers = 8;
        List<java.util.concurrent.Callable<ApiClient.Reply>> creates = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            creates.add(() -> api.post("/api/stories", draft("Breaking: the same headline"), reporter));
        }
        List<ApiClient.Reply> replies = runTogether(creates);
        java.util.Set<String> slugs = new java.util.HashSet<>();
        for (ApiClient.Reply reply : replies) {
            assertEquals(201, reply.status(), replies.toString());
            slugs.add(reply.text("slug"));
        }
        assertEquals(writers, slugs.size(), slugs.toString());
    }

    @Test
    void aVersionFromTheFutureIsAlsoAConflict() {
        long id = create(reporter, draft("Time travel")).number("id");
        problem(409, api.put("/api/stories/" + id, draft("From the future").with("version", 7), reporter));
        assertEquals(1, expect(200, api.get("/api/stories/" + id, reporter)).number("version"));
    }

    @Test
    void savingWithoutAVersionIs400NamingVersion() {
        long id = create(reporter, draft("Versionless")).number("id");
        ApiClient.Reply reply = fieldError("version", api.put("/api/stories/" + id, draft("No version sent"), reporter));
        assertTrue(reply.text("detail").contains("version"), reply.body());
        fieldError("version", api.put("/api/stories/" + id, draft("Null version").with("version", null), reporter));
        assertEquals("Versionless", expect(200, api.get("/api/stories/" + id, reporter)).text("headline"));
    }

    @Test
    void aVersionThatIsNotANumberIs400NamingVersion() {
        long id = create(reporter, draft("Version as text")).number("id");
        fieldError("version", api.put("/api/stories/" + id, draft("Wrong version type").with("version", "latest"), reporter));
        assertEquals(1, expect(200, api.get("/api/stories/" + id, reporter)).number("version"));
    }

    @Test
    void aSaveIsValidatedLikeACreate() {
        long id = create(reporter, draft("Validated saves")).number("id");
        fieldError("headline", api.put("/api/stories/" + id, draft("").with("version", 1), reporter));
        fieldError("section", api.put("/api/stories/" + id, draft("Moved").with("section", "nowhere").with("version", 1), reporter));
        fieldError("bylines", api.put("/api/stories/" + id, draft("Credited").with("bylines", List.of("ghost-writer")).with("version", 1), reporter));
        fieldError("bogus", api.put("/api/stories/" + id, draft("Bogus").with("bogus", true).with("version", 1), reporter));
        assertEquals(1, expect(200, api.get("/api/stories/" + id, reporter)).number("version"));
    }

    // ---- list -------------------------------------------------------------------------------------

    @Test
    void theListFiltersByStatusSectionAuthorAndMineAndPages() {
        String lister = user("lister", "REPORTER");
        String listerSlug = authorSlugOf("lister");
        section("listed");
        long a = create(lister, draft("Listed one").with("section", "listed")).number("id");
        long b = create(lister, draft("Listed two").with("section", "listed").with("bylines", List.of("wire"))).number("id");
        long c = create(editor, draft("Listed three").with("section", "listed").with("bylines", List.of(listerSlug, editorSlug))).number("id");
        long d = create(editor, draft("Listed four").with("section", "listed")).number("id");

        ApiClient.Reply bySection = expect(200, api.get("/api/stories?section=listed&size=100", editor));
        assertEquals(List.of(d, c, b, a), ids(bySection), "most recently changed first");
        assertEquals(4, bySection.number("totalItems"));
        assertEquals(1, bySection.number("page"));
        assertEquals(100, bySection.number("size"));

        assertEquals(List.of(d, c, b, a), ids(expect(200, api.get("/api/stories?section=listed&status=DRAFT&size=100", editor))));
        assertEquals(List.of(), ids(expect(200, api.get("/api/stories?section=listed&status=PUBLISHED", editor))));
        assertEquals(List.of(c, a), ids(expect(200, api.get("/api/stories?section=listed&author=" + listerSlug, editor))));
        assertEquals(List.of(b), ids(expect(200, api.get("/api/stories?section=listed&author=wire", editor))));
        assertEquals(List.of(d, c), ids(expect(200, api.get("/api/stories?section=listed&mine=true", editor))));
        // the reporter's own list: created by them or bylined
        assertEquals(List.of(c, b, a), ids(expect(200, api.get("/api/stories?section=listed", lister))));
        assertEquals(List.of(c, b, a), ids(expect(200, api.get("/api/stories?section=listed&mine=true", lister))));

        ApiClient.Reply page1 = expect(200, api.get("/api/stories?section=listed&size=3&page=1", editor));
        ApiClient.Reply page2 = expect(200, api.get("/api/stories?section=listed&size=3&page=2", editor));
        ApiClient.Reply page3 = expect(200, api.get("/api/stories?section=listed&size=3&page=3", editor));
        assertEquals(List.of(d, c, b), ids(page1));
        assertEquals(List.of(a), ids(page2));
        assertEquals(List.of(), ids(page3));
        assertEquals(4, page2.number("totalItems"));
        assertEquals(2, page2.number("page"));
        assertEquals(3, page2.number("size"));
    }

    @Test
    void theDefaultPageSizeIsTwenty() {
        ApiClient.Reply reply = expect(200, api.get("/api/stories", editor));
        assertEquals(20, reply.number("size"));
        assertEquals(1, reply.number("page"));
        assertTrue(reply.json().get("items").isArray());
    }

    @Test
    void listParametersOutOfRangeAre400NamingThem() {
        fieldError("size", api.get("/api/stories?size=0", editor));
        fieldError("size", api.get("/api/stories?size=101", editor));
        fieldError("page", api.get("/api/stories?page=0", editor));
        expect(200, api.get("/api/stories?size=100", editor));
        fieldError("section", api.get("/api/stories?section=no-such-section", editor));
        fieldError("author", api.get("/api/stories?author=no-such-author", editor));
        fieldError("status", api.get("/api/stories?status=FINISHED", editor));
        fieldError("size", api.get("/api/stories?size=lots", editor));
    }

    // ---- bad input --------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everyBadFieldIs400NamingIt() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[]{"headline missing", draft("x").without("headline"), "headline"});
        cases.add(new Object[]{"headline blank", draft("   "), "headline"});
        cases.add(new Object[]{"headline 301 chars", draft("h".repeat(301)), "headline"});
        cases.add(new Object[]{"headline an array", draft("x").with("headline", List.of("a", "b")), "headline"});
        cases.add(new Object[]{"headline an object", draft("x").with("headline", Map.of("text", "a")), "headline"});
        cases.add(new Object[]{"section missing", draft("No section").without("section"), "section"});
        cases.add(new Object[]{"section unknown", draft("Unknown section").with("section", "weather"), "section"});
        cases.add(new Object[]{"bylines unknown slug", draft("Ghost").with("bylines", List.of("wire", "nobody-of-that-name")), "bylines"});
        cases.add(new Object[]{"bylines a string", draft("Bylines as text").with("bylines", "wire"), "bylines"});
        cases.add(new Object[]{"bylines blank slug", draft("Blank byline").with("bylines", List.of(" ")), "bylines"});
        cases.add(new Object[]{"tags blank", draft("Blank tag").with("tags", List.of("Floods", "  ")), "tags"});
        cases.add(new Object[]{"tags a number", draft("Tags as number").with("tags", 5), "tags"});
        cases.add(new Object[]{"tag 101 chars", draft("Long tag").with("tags", List.of("t".repeat(101))), "tags"});
        cases.add(new Object[]{"language not a language", draft("Language").with("language", "not a language!"), "language"});
        cases.add(new Object[]{"dek 1001 chars", draft("Long dek").with("dek", "d".repeat(1001)), "dek"});
        cases.add(new Object[]{"dek an array", draft("Dek array").with("dek", List.of("x")), "dek"});
        cases.add(new Object[]{"unknown field bogus", draft("Bogus").with("bogus", "value"), "bogus"});
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
            ApiClient.Reply reply = fieldError((String) c[2], api.post("/api/stories", c[1], reporter));
            assertTrue(reply.text("detail").contains((String) c[2]), reply.body());
        }));
    }

    @Test
    void everyFaultIsReportedInOneAnswer() {
        ApiClient.Reply reply = problem(400, api.post("/api/stories", body("headline", " ", "section", " ",
                "dek", "d".repeat(1001), "language", "??"), reporter));
        List<String> fields = fields(reply);
        assertTrue(fields.containsAll(List.of("headline", "section", "dek", "language")), fields.toString());
    }

    @Test
    void aHeadlineOfExactly300CharactersIsAccepted() {
        expect(201, api.post("/api/stories", draft("h".repeat(300)), reporter));
    }

    @Test
    void malformedJsonIs400() {
        byte[] broken = "{\"headline\": \"Unclosed, \"section\": news".getBytes(StandardCharsets.UTF_8);
        problem(400, api.send("POST", "/api/stories", broken, "application/json", reporter));
        problem(400, api.send("POST", "/api/stories", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8), "application/json", reporter));
        problem(400, api.send("POST", "/api/stories", "\"just a string\"".getBytes(StandardCharsets.UTF_8), "application/json", reporter));
    }

    @Test
    void anEmptyBodyIs400() {
        problem(400, api.send("POST", "/api/stories", new byte[0], "application/json", reporter));
    }

    @Test
    void anEmptyBodyIsExplainedInTheClientsTerms() {
        ApiClient.Reply reply = problem(400, api.send("POST", "/api/stories", new byte[0], "application/json", reporter));
        assertFalse(fields(reply).contains("/story"), reply.body());
        assertFalse(reply.text("detail").contains("[story]"), reply.body());
    }

    @Test
    void bytesThatAreNotUtf8Are400() {
        byte[] request = concat("{\"headline\": \"Caf".getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE},
                "\", \"section\": \"news\"}".getBytes(StandardCharsets.UTF_8));
        problem(400, api.send("POST", "/api/stories", request, "application/json", reporter));
    }

    @Test
    void bytesThatAreNotUtf8AreExplainedAsSuch() {
        byte[] request = concat("{\"headline\": \"Caf".getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE},
                "\", \"section\": \"news\"}".getBytes(StandardCharsets.UTF_8));
        ApiClient.Reply reply = problem(400, api.send("POST", "/api/stories", request, "application/json", reporter));
        assertTrue(reply.text("detail").contains("UTF-8"), reply.body());
    }

    @Test
    void aFormBodyIsRefusedWithA4xx() {
        byte[] form = "headline=Form+story&section=news".getBytes(StandardCharsets.UTF_8);
        ApiClient.Reply reply = api.send("POST", "/api/stories", form, "application/x-www-form-urlencoded", reporter);
        assertTrue(reply.status() >= 400 && reply.status() < 500, reply.toString());
        problem(reply.status(), reply);
    }

    @Test
    void aFormBodyIs415NotForbidden() {
        byte[] form = "headline=Form+story&section=news".getBytes(StandardCharsets.UTF_8);
        problem(415, api.send("POST", "/api/stories", form, "application/x-www-form-urlencoded", reporter));
    }

    // ---- Unicode ------------------------------------------------------------------------------------

    @Test
    void unicodeSurvivesTheRoundTripInEveryTextField() {
        // Every text field survives exactly, tags included.
        String headline = "Seoul’s “big” day 🎉 서울의 큰 날";
        String dek = "한국어 요약 — with ‘curly’ quotes and emoji 😀🇰🇷";
        String body = "# 제목\n\nA paragraph with “quotes”, emoji 🧪👩‍🔬 and Hangul 안녕하세요.\n\n- ümlaut\n- ñ";
        List<String> tags = List.of("Seoul 서울", "날씨", "“Quoted”", "🎉");
        ApiClient.Reply created = expect(201, api.post("/api/stories", body("headline", headline, "dek", dek,
                "body", body, "section", "news", "tags", tags), reporter));
        assertUnicode(created, headline, dek, body, tags);
        ApiClient.Reply read = expect(200, api.get("/api/stories/" + created.number("id"), reporter));
        assertUnicode(read, headline, dek, body, tags);
        assertTrue(read.header("Content-Type").toLowerCase().contains("json"), read.header("Content-Type"));
    }

    @Test
    void aHeadlineInHangulOnlyGetsAUsableSlug() {
        ApiClient.Reply one = expect(201, api.post("/api/stories", draft("서울에 폭우"), reporter));
        ApiClient.Reply two = expect(201, api.post("/api/stories", draft("부산에 폭염"), reporter));
        assertTrue(one.text("slug").matches("[a-z0-9]+(-[a-z0-9]+)*"), one.text("slug"));
        assertTrue(two.text("slug").matches("[a-z0-9]+(-[a-z0-9]+)*"), two.text("slug"));
        assertFalse(one.text("slug").equals(two.text("slug")));
        assertEquals("서울에 폭우", one.text("headline"));
        assertEquals("부산에 폭염", two.text("headline"));
    }

    @Test
    void twoTagsInHangulAreTwoTags() {
        ApiClient.Reply created = expect(201, api.post("/api/stories", draft("Two Hangul tags")
                .with("tags", List.of("날씨", "정치")), reporter));
        assertEquals(List.of("날씨", "정치"), strings(created.json().get("tags")), created.body());
    }

    @Test
    void aHangulTagOnAnotherStoryKeepsItsOwnName() {
        expect(201, api.post("/api/stories", draft("Emoji tag first").with("tags", List.of("🎉")), reporter));
        ApiClient.Reply second = expect(201, api.post("/api/stories", draft("Economy in Hangul")
                .with("tags", List.of("경제")), reporter));
        assertEquals(List.of("경제"), strings(second.json().get("tags")), second.body());
    }

    @Test
    void aHeadlineOf300EmojiIsWithinTheLimit() {
        // The limit is 300 characters (code points); an emoji is one character but two UTF-16 units.
        String headline = "🎉".repeat(300);
        ApiClient.Reply reply = expect(201, api.post("/api/stories", draft(headline), reporter));
        assertEquals(headline, reply.text("headline"));
        fieldError("headline", api.post("/api/stories", draft("🎉".repeat(301)), reporter));
    }

    @Test
    void charactersNoFeedOrPageCanCarryAreRefusedInEveryTextField() {
        // sent as JSON escapes, as a client could: XML 1.0 (feeds, sitemaps) cannot carry any of them
        for (String bad : List.of("\\u0007", "\\uFFFF", "\\uFFFE", "\\uD800 alone")) {
            for (String field : List.of("headline", "dek", "body")) {
                String json = "{\"headline\": \"Fine\", \"dek\": \"Fine\", \"body\": \"Fine\", \"section\": \"news\"}"
                        .replace("\"" + field + "\": \"Fine\"", "\"" + field + "\": \"A " + bad + " here\"");
                fieldError(field, api.send("POST", "/api/stories", json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/json", reporter));
            }
        }
        expect(201, api.post("/api/stories", draft("Emoji 🎉 and tabs\tare fine"), reporter));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static void assertUnicode(ApiClient.Reply reply, String headline, String dek, String body, List<String> tags) {
        assertEquals(headline, reply.text("headline"));
        assertEquals(dek, reply.text("dek"));
        assertEquals(body, reply.text("body"));
        assertEquals(tags, strings(reply.json().get("tags")), reply.body());
    }

    private static List<ApiClient.Reply> runTogether(List<java.util.concurrent.Callable<ApiClient.Reply>> calls) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ApiClient.Reply>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<ApiClient.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ApiClient.Reply> replies = new ArrayList<>();
            for (java.util.concurrent.Future<ApiClient.Reply> future : futures) {
                replies.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private ApiClient.Reply create(String token, Map<String, Object> story) {
        return expect(201, api.post("/api/stories", story, token));
    }
}
