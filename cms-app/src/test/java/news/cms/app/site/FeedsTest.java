package news.cms.app.site;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RSS 2.0 and Atom, parsed by ROME as a feed reader would: live stories only, absolute links. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsTest extends ApiTest {

    private static final String HOSTILE = "Flood <script>alert(1)</script> & \"aid\"";

    @BeforeAll
    void threeStoriesOneOfThemUnpublished() {
        section("world");
        section("sport");
        String editor = user("desk", "EDITOR");
        publish(editor, HOSTILE, "world", "2024-09-16T08:00:00Z");
        publish(editor, "Cup final tonight", "sport", "2024-09-17T08:00:00Z");
        long gone = publish(editor, "Retracted story", "world", "2024-09-18T08:00:00Z");
        expect(200, api.post("/api/stories/" + gone + "/unpublish", body("reason", "Legal"), editor));
    }

    @Test
    void theSiteFeedListsLiveStoriesNewestFirstInRssAndAtom() throws Exception {
        for (String path : List.of("/feed", "/feed/atom")) {
            SyndFeed feed = feed(path);
            List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
            assertEquals(List.of("Cup final tonight", HOSTILE), titles, path);
            SyndEntry entry = feed.getEntries().get(1);
            assertTrue(entry.getLink().startsWith("http://localhost:"), entry.getLink());
            assertTrue(entry.getLink().endsWith("/2024/09/flood-script-alert-1-script-aid"), entry.getLink());
            // Atom has author elements; RSS 2.0 carries names as dc:creator, which ROME reads as the author
            String author = entry.getAuthors().isEmpty() ? entry.getAuthor() : entry.getAuthors().get(0).getName();
            assertEquals("User desk", author, path);
        }
    }

    @Test
    void aSectionFeedHasOnlyItsSection() throws Exception {
        SyndFeed world = feed("/world/feed");
        assertEquals(List.of(HOSTILE), world.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals(404, api.getAsBrowser("/no-such-section/feed").status());
    }

    @Test
    void markupInAHeadlineIsTextInTheFeed() {
        String xml = api.getAsBrowser("/feed").body();
        assertFalse(xml.contains("<script>"), "raw markup in the feed");
        assertFalse(xml.contains("Retracted"), "an unpublished story is in the feed");
    }

    private SyndFeed feed(String path) throws Exception {
        ApiClient.Reply reply = api.getAsBrowser(path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return new SyndFeedInput().build(new StringReader(reply.body()));
    }

    private long publish(String editor, String headline, String section, String at) {
        long id = expect(201, api.post("/api/stories", body("headline", headline, "dek", "Dek", "section", section), editor))
                .number("id");
        expect(200, api.post("/api/stories/" + id + "/publish", body("publishedAt", at), editor));
        return id;
    }
}
