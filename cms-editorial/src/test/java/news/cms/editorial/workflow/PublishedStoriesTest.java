package news.cms.editorial.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.account.UserAccounts;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Listing;
import news.cms.core.story.ListingKey;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.tag.TagDirectory;
import news.cms.core.testing.DatabaseTest;
import news.cms.core.testing.TestDatabase;
import news.cms.editorial.story.Newsroom;
import news.cms.editorial.story.StoryDesk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public read port: only live stories, newest first, ties by id, paged by key on every listing
 * (home, section, author, tag). Stories are published back-dated through the workflow.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedStoriesTest implements DatabaseTest {

    @Inject
    UserAccounts accounts;
    @Inject
    AuthorDirectory authors;
    @Inject
    SectionDirectory sections;
    @Inject
    StoryDesk desk;
    @Inject
    StoryWorkflow workflow;
    @Inject
    PublishedStories published;
    @Inject
    TagDirectory tags;

    private final Instant now = Instant.now();
    private Section city;
    private Section sport;
    private Author ana;
    private Newsroom.Staff eda;
    private long unpublished;
    private long draft;

    @BeforeAll
    void aMorningOfPublishing() {
        Newsroom newsroom = new Newsroom(accounts, authors, sections);
        eda = newsroom.editor("eda", "Eda Editor");
        city = newsroom.section("city", "City");
        sport = newsroom.section("sport", "Sport");
        ana = newsroom.guest("Ana Agency");
        Instant base = now.minus(Duration.ofHours(5));
        // 25 city stories, one a minute, except that stories 10 and 11 share a publish time (ties go by id)
        for (int i = 0; i < 25; i++) {
            Instant at = base.plus(Duration.ofMinutes(i == 11 ? 10 : i));
            publish("City story " + i, "city", List.of(eda.bylineSlug(), ana.slug()), List.of("Traffic"), at);
        }
        publish("Sport story", "sport", List.of(eda.bylineSlug()), List.of("Football"), base.plus(Duration.ofMinutes(30)));
        Story gone = publish("Retracted city story", "city", List.of(ana.slug()), List.of("Traffic"), base.plus(Duration.ofMinutes(40)));
        workflow.unpublish(eda.actor(), gone.id(), "Legal", null);
        unpublished = gone.id();
        draft = desk.create(eda.actor(), new StoryContent("Draft city story", null, null, "city",
                List.of(ana.slug()), List.of("Traffic"), null)).id();
    }

    @Test
    void aSectionFrontPagesByKeyNewestFirstWithTiesByIdAndNothingRepeatedOrLost() {
        List<Long> seen = new ArrayList<>();
        ListingKey after = null;
        for (int pageNo = 1; pageNo <= 3; pageNo++) {
            List<Story> page = published.page(Listing.section(city.id()), after, 10, now);
            assertEquals(pageNo < 3 ? 10 : 5, page.size(), "page " + pageNo + " on " + TestDatabase.name());
            page.forEach(story -> seen.add(story.id()));
            Story last = page.get(page.size() - 1);
            after = new ListingKey(last.publishedAt(), last.id());
        }
        assertEquals(25, seen.size());
        assertEquals(25, seen.stream().distinct().count());
        List<Story> all = published.page(Listing.section(city.id()), null, 100, now);
        for (int i = 1; i < all.size(); i++) {
            Story newer = all.get(i - 1);
            Story older = all.get(i);
            int byTime = newer.publishedAt().compareTo(older.publishedAt());
            assertTrue(byTime > 0 || (byTime == 0 && newer.id() > older.id()), "out of order at " + i);
        }
        assertEquals(seen, all.stream().map(Story::id).toList());
    }

    @Test
    void onlyLiveStoriesAreListedAnywhere() {
        for (Listing listing : List.of(Listing.home(), Listing.section(city.id()), Listing.author(ana.id()),
                Listing.tag(tagId("Traffic")))) {
            List<Long> ids = published.page(listing, null, 100, now).stream().map(Story::id).toList();
            assertFalse(ids.contains(unpublished), listing + " lists an unpublished story");
            assertFalse(ids.contains(draft), listing + " lists a draft");
        }
        assertTrue(published.find(unpublished, now).isEmpty());
        assertTrue(published.find(draft, now).isEmpty());
    }

    @Test
    void aStoryIsNotListedBeforeItsPublishTime() {
        Instant beforeTheFirst = now.minus(Duration.ofHours(6));
        assertEquals(List.of(), published.page(Listing.home(), null, 10, beforeTheFirst));
        assertEquals(10, published.page(Listing.section(city.id()), null, 100, now.minus(Duration.ofHours(5)).plus(Duration.ofMinutes(9))).size());
    }

    @Test
    void homeAuthorAndTagPagesCoverTheirStories() {
        assertEquals(26, published.page(Listing.home(), null, 100, now).size());
        assertEquals(25, published.page(Listing.author(ana.id()), null, 100, now).size());
        assertEquals(26, published.page(Listing.author(authors.get(eda.bylineSlug()).id()), null, 100, now).size());
        assertEquals(25, published.page(Listing.tag(tagId("Traffic")), null, 100, now).size());
        assertEquals(1, published.page(Listing.section(sport.id()), null, 100, now).size());
    }

    @Test
    void keysAloneFindWherePageThreeStarts() {
        List<ListingKey> keys = published.keys(Listing.section(city.id()), null, 100, now);
        assertEquals(25, keys.size());
        ListingKey endOfPageTwo = keys.get(19);
        List<Story> pageThree = published.page(Listing.section(city.id()), endOfPageTwo, 10, now);
        assertEquals(keys.get(20).id(), pageThree.get(0).id());
    }

    private Story publish(String headline, String section, List<String> bylines, List<String> storyTags, Instant at) {
        Story story = desk.create(eda.actor(), new StoryContent(headline, "Dek", "Body", section, bylines, storyTags, null));
        return workflow.publish(eda.actor(), story.id(), at, null);
    }

    private long tagId(String name) {
        return tags.find(TagDirectory.slugOf(name).value()).orElseThrow().id();
    }
}
