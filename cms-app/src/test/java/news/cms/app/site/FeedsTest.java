package news.cms.app.site;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RSS 2.0 and Atom of the site and of a section, parsed by ROME as a feed reader would: the right
 * feed type, title and absolute link; live stories only, newest first, each linking absolutely to
 * its article, with its authors.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsTest extends ApiTest {

    private static final String HOSTILE = "Flood <script>alert(1)</script> & \"aid\"";

    /** One feed as a reader subscribes to it: where, which format, and the title and link it must have. */
    private record Feed(String path, String type, String title, String link, List<String> headlines) {
    }

    private PublicSite site;
    private List<Feed> feeds;
    private final Map<String, String> articlePaths = new HashMap<>();
    private String kim;
    private String zwirko;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.timezone", "UTC");
        return props;
    }

    @BeforeAll
    void fourLiveStoriesAndSomeThatAreNot() {
        site = new PublicSite(api, server.getURI());
        section("world");
        section("sport");
        String editor = user("desk", "EDITOR");
        kim = expect(201, api.post("/api/authors", body("name", "Jeongmin Kim"), editor)).text("slug");
        zwirko = expect(201, api.post("/api/authors", body("name", "Colin Zwirko"), editor)).text("slug");
        publish(editor, draft("Ships seen near port").with("section", "world")
                .with("bylines", List.of(zwirko, Map.of("slug", kim, "credit", "Translated by"))), "2024-09-15T08:00:00Z");
        publish(editor, draft(HOSTILE).with("section", "world"), "2024-09-16T08:00:00Z");
        publish(editor, draft("Cup final tonight").with("section", "sport"), "2024-09-17T08:00:00Z");
        long gone = publish(editor, draft("Retracted story").with("section", "world"), "2024-09-18T08:00:00Z");
        expect(200, api.post("/api/stories/" + gone + "/unpublish", body("reason", "Legal"), editor));
        long later = create(editor, draft("Embargoed story").with("section", "world"));
        expect(200, api.post("/api/stories/" + later + "/schedule",
                body("publishAt", Instant.now().plus(Duration.ofDays(1)).toString()), editor));
        create(editor, draft("Draft story").with("section", "world"));

        List<String> everything = List.of("Cup final tonight", HOSTILE, "Ships seen near port");
        List<String> world = List.of(HOSTILE, "Ships seen near port");
        feeds = List.of(
                new Feed("/feed", "rss_2.0", "Newsroom", site.url("/"), everything),
                new Feed("/feed/atom", "atom_1.0", "Newsroom", site.url("/"), everything),
                new Feed("/world/feed", "rss_2.0", "WORLD | Newsroom", site.url("/world"), world),
                new Feed("/world/feed/atom", "atom_1.0", "WORLD | Newsroom", site.url("/world"), world));
    }

    @Test
    void everyFeedIsOfItsFormatWithItsTitleAndAnAbsoluteLink() {
        for (Feed expected : feeds) {
            SyndFeed feed = site.feed(expected.path());
            assertEquals(expected.type(), feed.getFeedType(), expected.path());
            assertEquals(expected.title(), feed.getTitle(), expected.path());
            assertEquals(expected.link(), feed.getLink(), expected.path());
        }
    }

    @Test
    void onlyLiveStoriesAreInTheFeedsNewestFirst() {
        for (Feed expected : feeds) {
            List<SyndEntry> entries = site.feed(expected.path()).getEntries();
            assertEquals(expected.headlines(), entries.stream().map(SyndEntry::getTitle).toList(), expected.path());
            for (int i = 1; i < entries.size(); i++) {
                assertTrue(entries.get(i - 1).getPublishedDate().after(entries.get(i).getPublishedDate()),
                        expected.path() + ": entry " + i + " is newer than the one before it");
            }
        }
    }

    @Test
    void eachEntryLinksAbsolutelyToItsArticle() {
        for (Feed expected : feeds) {
            for (SyndEntry entry : site.feed(expected.path()).getEntries()) {
                assertEquals(site.url(articlePaths.get(entry.getTitle())), entry.getLink(), expected.path());
                assertEquals(200, site.status(articlePaths.get(entry.getTitle())), "the article of " + entry.getLink());
            }
        }
    }

    @Test
    void everyEntryNamesItsAuthorsAtomOnePerByline() {
        for (Feed expected : feeds) {
            for (SyndEntry entry : site.feed(expected.path()).getEntries()) {
                List<String> names = entry.getAuthors().stream().map(SyndPerson::getName).toList();
                List<String> bylines = entry.getTitle().equals("Ships seen near port")
                        ? List.of("Colin Zwirko", "Jeongmin Kim") : List.of("User desk");
                if (expected.type().startsWith("atom")) {
                    assertEquals(bylines, names, expected.path() + ": " + entry.getTitle());
                } else {
                    // RSS 2.0 names the authors in dc:creator, which ROME reads as the entry's author
                    assertEquals(String.join(", ", bylines), entry.getAuthor(), expected.path() + ": " + entry.getTitle());
                }
            }
        }
    }

    @Test
    void aSectionThatDoesNotExistHasNoFeed() {
        assertEquals(404, site.status("/no-such-section/feed"));
        assertEquals(404, site.status("/no-such-section/feed/atom"));
    }

    private long create(String editor, Draft story) {
        return expect(201, api.post("/api/stories", story, editor)).number("id");
    }

    private long publish(String editor, Draft story, String at) {
        long id = create(editor, story);
        String slug = expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", at), editor)).text("slug");
        articlePaths.put((String) story.get("headline"), "/2024/09/" + slug);
        return id;
    }
}
