package news.cms.app.site;

import com.rometools.rome.feed.synd.SyndFeed;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.tag.TagDirectory;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story is public on every route of the site or on none: a live story on all of them; a story
 * still on the desk (draft, submitted, approved), one scheduled for later, and one unpublished
 * after it was live on none. {@link #ROUTES} is the one list of public routes: a new route is one
 * line there, and every test below checks it. A listing is read over all its pages (page 2 and on),
 * so a story counts as listed on whichever page its date puts it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPublicRouteTest extends ApiTest {

    private static final String SECTION = "world";
    private static final String TAG = "Harbour";
    /** Enough live stories that the section, author and tag listings all have a page 2. */
    private static final int OLDER_STORIES = 10;
    /** A feed holds the newest 20 stories: a full feed could leave out a story that should not be missing. */
    private static final int FEED_LENGTH = 20;

    /** A public route: where it is for a story, and how to read the article paths it shows. */
    private record Route(String name, Function<Probe, List<String>> paths,
                         BiFunction<EveryPublicRouteTest, String, Set<String>> shows) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("home", story -> List.of("/"), EveryPublicRouteTest::listing),
            new Route("section front", story -> List.of("/" + story.section()), EveryPublicRouteTest::listing),
            new Route("author pages", story -> story.authors().stream().map(a -> "/author/" + a).toList(), EveryPublicRouteTest::listing),
            new Route("tag pages", story -> story.tags().stream().map(t -> "/tag/" + t).toList(), EveryPublicRouteTest::listing),
            new Route("article", story -> List.of(story.path()), EveryPublicRouteTest::article),
            new Route("site RSS", story -> List.of("/feed"), EveryPublicRouteTest::feed),
            new Route("site Atom", story -> List.of("/feed/atom"), EveryPublicRouteTest::feed),
            new Route("section RSS", story -> List.of("/" + story.section() + "/feed"), EveryPublicRouteTest::feed),
            new Route("section Atom", story -> List.of("/" + story.section() + "/feed/atom"), EveryPublicRouteTest::feed),
            new Route("sitemap", story -> List.of("/sitemap.xml"), EveryPublicRouteTest::sitemap),
            new Route("news sitemap", story -> List.of("/news-sitemap.xml"), EveryPublicRouteTest::sitemap));

    /** A story and where it would be public: its section, byline authors, tag slugs and article path. */
    private record Probe(long id, String section, List<String> authors, List<String> tags, String path) {

        /** The same story, looked for at another article path. */
        Probe at(String otherPath) {
            return new Probe(id, section, authors, tags, otherPath);
        }

        String slug() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private PublicSite site;
    private String editor;
    private List<String> authors;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.timezone", "UTC");
        return props;
    }

    @BeforeAll
    void aSectionWithAPageOfOlderStories() {
        site = new PublicSite(api, server.getURI());
        section(SECTION);
        editor = user("desk", "EDITOR");
        authors = List.of(expect(201, api.post("/api/authors", body("name", "Shreyas Reddy"), editor)).text("slug"),
                expect(201, api.post("/api/authors", body("name", "Ifang Bremer"), editor)).text("slug"));
        for (int day = 1; day <= OLDER_STORIES; day++) {
            publish(write("Older story " + day), String.format("2024-09-%02dT08:00:00Z", day));
        }
    }

    @Test
    void aPublishedStoryIsOnEveryRoute() {
        assertOnEveryRoute(publish(write("Ships seen near port"), null));
        for (String listing : List.of("/" + SECTION, "/author/" + authors.get(0), "/tag/" + TagDirectory.slugOf(TAG).value())) {
            assertTrue(site.listing(listing).size() >= 2, listing + " has a page 2, which the routes read too");
        }
    }

    @Test
    void storiesStillOnTheDeskAreOnNoRouteUntilPublished() {
        Probe drafted = write("Draft about the harbour");
        Probe submitted = write("Submitted story about the harbour");
        act(submitted, "submit");
        Probe approved = write("Approved story about the harbour");
        act(approved, "submit");
        act(approved, "approve");
        for (Probe story : List.of(drafted, submitted, approved)) {
            assertOnNoRoute(story);
            // once live, the same routes show it: the check above looked in the right places
            assertOnEveryRoute(publish(story, null));
        }
    }

    @Test
    void aStoryScheduledForLaterIsOnNoRouteUntilPublished() {
        Probe story = write("Embargoed report on the harbour");
        Instant later = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        expect(200, api.post("/api/stories/" + story.id() + "/schedule", body("publishAt", later.toString()), editor));
        assertOnNoRoute(story.at(articlePath(later, story.slug())));
        assertOnNoRoute(story);
        assertOnEveryRoute(publish(story, null));
    }

    @Test
    void aStoryUnpublishedAfterItWasLiveLeavesEveryRoute() {
        Probe story = publish(write("Retracted story about the harbour"), Instant.now().minus(Duration.ofHours(1)).toString());
        assertOnEveryRoute(story);
        unpublish(story);
        assertOnNoRoute(story);
    }

    @Test
    void anOldStoryUnpublishedLeavesPageTwoOfItsListingsToo() {
        Probe story = publish(write("Old retracted story"), "2024-08-01T08:00:00Z");
        for (String listing : List.of("/" + SECTION, "/author/" + authors.get(1), "/tag/" + TagDirectory.slugOf(TAG).value())) {
            assertTrue(site.page(listing + "/page/2").select("article.story h2 a").eachAttr("href").contains(story.path()),
                    "the oldest story is on page 2 of " + listing);
        }
        unpublish(story);
        assertOnNoRoute(story);
    }

    private void assertOnEveryRoute(Probe story) {
        for (Route route : ROUTES) {
            for (String path : route.paths().apply(story)) {
                Set<String> shown = route.shows().apply(this, path);
                assertTrue(shown.contains(story.path()), route.name() + " (" + path + ") does not show live story "
                        + story.path() + " on " + TestDatabase.name() + ": " + shown);
            }
        }
    }

    private void assertOnNoRoute(Probe story) {
        for (Route route : ROUTES) {
            for (String path : route.paths().apply(story)) {
                Set<String> shown = route.shows().apply(this, path);
                assertFalse(shown.contains(story.path()), route.name() + " (" + path + ") shows " + story.path()
                        + ", which is not live, on " + TestDatabase.name());
            }
        }
    }

    /** The article paths of every page of a listing, from its first page on. */
    private Set<String> listing(String path) {
        return Set.copyOf(site.listedArticles(path));
    }

    /** The article itself: its own path when it answers 200, nothing when 404; anything else fails. */
    private Set<String> article(String path) {
        int status = site.status(path);
        if (status == 200) {
            return Set.of(path);
        }
        assertEquals(404, status, path);
        return Set.of();
    }

    /** The article paths of a feed's entries, whose links must be absolute. */
    private Set<String> feed(String path) {
        SyndFeed feed = site.feed(path);
        assertTrue(feed.getEntries().size() < FEED_LENGTH, path + " is full, so a story missing from it proves nothing");
        return feed.getEntries().stream().map(entry -> relative(path, entry.getLink())).collect(Collectors.toSet());
    }

    /** The paths of a sitemap's locations (fronts and articles), which must be absolute. */
    private Set<String> sitemap(String path) {
        return PublicSite.texts(site.sitemap(path), PublicSite.SITEMAP_NS, "loc").stream()
                .map(loc -> relative(path, loc)).collect(Collectors.toSet());
    }

    private String relative(String where, String url) {
        assertTrue(url.startsWith(site.url("/")), where + " links to " + url + ", not an absolute URL of the site");
        return url.substring(site.url("").length());
    }

    /** A new story on the desk by both authors, tagged with the shared tag and its own; its path as if published now. */
    private Probe write(String headline) {
        ApiClient.Reply created = expect(201, api.post("/api/stories", draft(headline).with("section", SECTION)
                .with("bylines", authors).with("tags", List.of(TAG, headline)), editor));
        return probe(created, articlePath(Instant.now(), created.text("slug")));
    }

    /** Publishes the story, at {@code at} or now when null, and answers it at its article path. */
    private Probe publish(Probe story, String at) {
        ApiClient.Reply live = expect(200, api.post("/api/stories/" + story.id() + "/publish",
                at == null ? body() : body("publishedAt", at), editor));
        return probe(live, articlePath(Instant.parse(live.text("publishedAt")), live.text("slug")));
    }

    private void unpublish(Probe story) {
        expect(200, api.post("/api/stories/" + story.id() + "/unpublish", body("reason", "Legal"), editor));
    }

    private void act(Probe story, String action) {
        expect(200, api.post("/api/stories/" + story.id() + "/" + action, body(), editor));
    }

    private static Probe probe(ApiClient.Reply story, String path) {
        List<String> tags = strings(story.json().get("tags")).stream().map(tag -> TagDirectory.slugOf(tag).value()).toList();
        return new Probe(story.number("id"), story.text("section"), bylineSlugs(story.json()), tags, path);
    }

    /** {@code /{yyyy}/{mm}/{slug}} by the date in the newsroom's zone, UTC here. */
    private static String articlePath(Instant at, String slug) {
        ZonedDateTime day = at.atZone(ZoneOffset.UTC);
        return String.format("/%04d/%02d/%s", day.getYear(), day.getMonthValue(), slug);
    }
}
