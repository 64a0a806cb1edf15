package news.cms.app.site;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.tag.TagDirectory;
import news.cms.core.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile text in every field a reader sees — headline, dek, body, author name and bio, byline
 * credit, tag, section title and description — published, then read back from every public route
 * the story is on: nothing runs anywhere, and every hostile value is still there, as text.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteXssTest extends ApiTest {

    /**
     * Each value has its own number, so that the slugs made from them (authors, tags) differ. Single
     * spaces only: what a reader sees is whitespace-collapsed text.
     */
    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "\"><svg onload=alert(3)>",
            "'><iframe src=\"javascript:alert(4)\"></iframe>",
            "<a href=\"javascript:alert(5)\">five</a>",
            "JaVaScRiPt:alert(6)",
            "<style>body{display:none}</style> seven",
            "</script><script>alert(8)</script>",
            "<b onmouseover=alert(9)>unclosed <i class=\"",
            "&lt;script&gt;alert(10)&lt;/script&gt; &amp;lt;b&amp;gt; &#60;img src=x onerror=alert(10)&#62;",
            "\" onfocus=\"alert(11)\" autofocus=\"",
            "' onclick='alert(12)",
            "<!-- thirteen --><object data=x></object><embed src=x> ]]> -->",
            "<![CDATA[<script>alert(14)</script>]]>",
            "{{constructor.constructor('alert(15)')()}} ${alert(15)} <%= 15 %> \\u003cscript\\u003e");

    /** Markdown with raw HTML and links of every dangerous kind; its plain words must all survive. */
    private static final String BODY = """
            Opening words sentinel-alpha, **bold** and a [fine link](https://example.org/report).

            <script>alert('body')</script>

            [one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) [three]( javascript:alert(3) ) [four](vbscript:msgbox(4)) [five](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==) [six](&#106;avascript:alert(6))

            Raw links <a href="javascript:alert(7)">seven</a> <a href="&#x6A;avascript&#x3A;alert(8)">eight</a> <a href=" java&#09;script:alert(9)">nine</a>

            ![ten](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTApPg==) ![eleven](javascript:alert(11))

            <iframe src="https://evil.example/"></iframe><object data="x"></object><embed src="x"><style>body{display:none}</style><form action="javascript:alert(12)"><button formaction="javascript:alert(12)">twelve</button></form>

            Inline <img src=x onerror=alert(13)> <svg onload=alert(14)></svg> <math><mi xlink:href="javascript:alert(15)">fifteen</mi></math> <base href="javascript:alert(16)//">

            Broken <div <b onclick=alert(17)>seventeen</b> <p title="x" onmouseover="alert(18)">eighteen <a href="https://example.org/ok" style="color:red" onclick="alert(19)">nineteen</a>

            Closing words sentinel-omega: `</script>` and `<!--` in code.
            """;
    private static final List<String> BODY_WORDS = List.of("sentinel-alpha", "bold", "fine link", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "fifteen", "seventeen", "eighteen", "nineteen", "sentinel-omega");
    private static final String SITE = "Newsroom";

    /** One published story carrying hostile value {@code value} in all its fields. */
    record HostileStory(String value, String section, String author, String tag, String path) {
        @Override
        public String toString() {
            return value;
        }
    }

    private final List<HostileStory> stories = new ArrayList<>();
    private PublicSite site;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.timezone", "UTC");
        return props;
    }

    @BeforeAll
    void aStoryForEveryHostileValue() {
        site = new PublicSite(api, server.getURI());
        String editor = user("desk", "EDITOR");
        for (int i = 0; i < HOSTILE.size(); i++) {
            String value = HOSTILE.get(i);
            String section = "desk-" + (i + 1);
            expect(201, api.post("/api/sections", body("slug", section, "title", value, "description", value), admin));
            String author = expect(201, api.post("/api/authors", body("name", value, "bio", value), editor)).text("slug");
            long id = expect(201, api.post("/api/stories", body("headline", value, "dek", value,
                    "body", BODY + "\nQuoted: `" + value + "`\n", "section", section,
                    "bylines", List.of(Map.of("slug", author, "credit", value)), "tags", List.of(value)), editor))
                    .number("id");
            ApiClient.Reply live = expect(200, api.post("/api/stories/" + id + "/publish", body(), editor));
            ZonedDateTime at = Instant.parse(live.text("publishedAt")).atZone(ZoneOffset.UTC);
            String path = String.format("/%04d/%02d/%s", at.getYear(), at.getMonthValue(), live.text("slug"));
            stories.add(new HostileStory(value, section, author, TagDirectory.slugOf(value).value(), path));
        }
    }

    List<HostileStory> stories() {
        return stories;
    }

    @ParameterizedTest
    @MethodSource("stories")
    void homeSectionAuthorAndTagPagesShowEveryFieldAsText(HostileStory story) {
        for (String listing : List.of("/", "/" + story.section(), "/author/" + story.author(), "/tag/" + story.tag())) {
            Element item = null;
            for (Document page : site.listing(listing)) {
                HtmlSafety.assertInert(page, page.location());
                for (Element candidate : page.select("article.story")) {
                    if (candidate.selectFirst("h2 a").attr("href").equals(story.path())) {
                        item = candidate;
                    }
                }
            }
            assertNotNull(item, listing + " does not list " + story.path());
            assertEquals(story.value(), item.selectFirst("h2 a").text(), listing);
            assertEquals(story.value(), item.selectFirst("p.dek").text(), listing);
            assertEquals(story.value() + " " + story.value(), item.selectFirst("p.bylines").text(), "credit and name on " + listing);
            assertEquals("/author/" + story.author(), item.selectFirst("p.bylines a").attr("href"), listing);
        }
        Document front = site.page("/" + story.section());
        assertEquals(story.value(), front.selectFirst("main h1").text(), "the section's title");
        assertEquals(story.value(), front.selectFirst("main p.description").text(), "the section's description");
        Document author = site.page("/author/" + story.author());
        assertEquals(story.value(), author.selectFirst("main h1").text(), "the author's name");
        assertEquals(story.value(), author.selectFirst("main p.description").text(), "the author's bio");
        Document tag = site.page("/tag/" + story.tag());
        assertEquals(story.value(), tag.selectFirst("main h1").text(), "the tag's name");
        assertEquals(story.value() + " | " + SITE, tag.title(), "the tag page's title");
    }

    @ParameterizedTest
    @MethodSource("stories")
    void theArticlePageShowsEveryFieldAsTextAndRunsNothing(HostileStory story) {
        Document page = site.page(story.path());
        HtmlSafety.assertInert(page, story.path());
        assertEquals(story.value() + " | " + SITE, page.title());
        assertEquals(story.value(), page.selectFirst("meta[name=description]").attr("content"));
        assertEquals(story.value(), page.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals(story.value(), page.selectFirst("meta[property=og:description]").attr("content"));
        assertEquals(story.value(), page.selectFirst("article p.section a").text(), "the section's title");
        assertEquals(story.value(), page.selectFirst("article h1").text());
        assertEquals(story.value(), page.selectFirst("article p.dek").text());
        assertEquals(story.value() + " " + story.value(), page.selectFirst("article p.bylines").text());
    }

    @ParameterizedTest
    @MethodSource("stories")
    void theJsonLdBlockCarriesTheHostileFieldsAsData(HostileStory story) throws Exception {
        List<Element> blocks = site.page(story.path()).select("script");
        assertEquals(1, blocks.size(), "one script element, the JSON-LD");
        assertEquals("application/ld+json", blocks.get(0).attr("type"));
        JsonNode article = json.readValue(blocks.get(0).data().getBytes(StandardCharsets.UTF_8), JsonNode.class);
        assertEquals(story.value(), article.get("headline").getStringValue());
        assertEquals(story.value(), article.get("description").getStringValue());
        assertEquals(story.value(), article.get("author").get(0).get("name").getStringValue());
    }

    @ParameterizedTest
    @MethodSource("stories")
    void theBodyKeepsItsWordsButNoLiveMarkup(HostileStory story) {
        Element body = site.page(story.path()).selectFirst("article div.body");
        String text = body.text();
        for (String word : BODY_WORDS) {
            assertTrue(text.contains(word), "the body lost '" + word + "': " + body.html());
        }
        assertEquals("https://example.org/report", body.selectFirst("a:contains(fine link)").attr("href"));
        List<String> code = body.select("code").eachText();
        assertEquals(List.of("</script>", "<!--", story.value()), code, "code spans are shown as written");
    }

    @ParameterizedTest
    @MethodSource("stories")
    void everyFeedCarriesTheHostileFieldsAsText(HostileStory story) {
        for (String path : List.of("/feed", "/feed/atom", "/" + story.section() + "/feed", "/" + story.section() + "/feed/atom")) {
            SyndFeed feed = site.feed(path);
            SyndEntry entry = feed.getEntries().stream().filter(e -> e.getLink().equals(site.url(story.path())))
                    .findFirst().orElseThrow(() -> new AssertionError(path + " has no entry for " + story.path()));
            assertEquals(story.value(), entry.getTitle(), "the title in " + path);
            assertEquals(story.value(), shownText(entry.getDescription(), path), "the dek in " + path);
            List<String> authors = entry.getAuthors().stream().map(SyndPerson::getName).toList();
            // Atom names each author; RSS 2.0 carries the names as dc:creator, which ROME reads as the author
            assertEquals(List.of(story.value()), authors.isEmpty() ? List.of(entry.getAuthor()) : authors, path);
            if (path.startsWith("/" + story.section())) {
                assertEquals(story.value() + " | " + SITE, feed.getTitle(), "the section feed's title");
                assertEquals(story.value(), feed.getDescription(), "the section feed's description");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("stories")
    void bothSitemapsCarryTheStoryAndTheNewsSitemapItsHeadlineAsText(HostileStory story) {
        assertTrue(PublicSite.texts(site.sitemap("/sitemap.xml"), PublicSite.SITEMAP_NS, "loc").contains(site.url(story.path())));
        org.w3c.dom.Document news = site.sitemap("/news-sitemap.xml");
        List<String> locs = PublicSite.texts(news, PublicSite.SITEMAP_NS, "loc");
        List<String> titles = PublicSite.texts(news, PublicSite.NEWS_NS, "title");
        int at = locs.indexOf(site.url(story.path()));
        assertTrue(at >= 0, "the news sitemap lacks " + story.path());
        assertEquals(story.value(), titles.get(at));
    }

    /**
     * The text a feed reader shows for a feed's content: plain text as it is; anything else (an RSS
     * description, Atom's html) is HTML that the reader renders, so it must run nothing and render
     * the text.
     */
    private static String shownText(SyndContent content, String where) {
        assertNotNull(content, where + " has no description");
        String type = content.getType();
        if ("text".equals(type) || "text/plain".equals(type)) {
            return content.getValue();
        }
        if (type != null && !type.equals("html") && !type.equals("text/html")) {
            fail(where + " has content of type " + type);
        }
        Document rendered = Jsoup.parseBodyFragment(content.getValue());
        HtmlSafety.assertInert(rendered, "the HTML of a description in " + where);
        return rendered.body().text();
    }
}
