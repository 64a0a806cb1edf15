package news.cms.editorial.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import news.cms.core.account.UserAccounts;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Byline;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.story.StoryRedirects;
import news.cms.core.story.StoryState;
import news.cms.core.story.StoryStore;
import news.cms.core.tag.TagDirectory;
import news.cms.core.testing.DatabaseTest;
import news.cms.core.testing.TestClock;
import news.cms.core.testing.TestDatabase;
import news.cms.editorial.schedule.SchedulePublisher;
import news.cms.editorial.story.Newsroom;
import news.cms.editorial.story.StoryDesk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static news.cms.editorial.story.Newsroom.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Where a story lives is settled when it first goes live, by the newsroom's day at that moment, and
 * then stays: through unpublishing, republishing and back-dating. Only a new slug moves it, within
 * its month, and its old address then leads to the new one. On the test clock, in UTC.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryAddressWorkflowTest implements DatabaseTest {

    /** Half past eleven on the last evening of January. */
    private static final Instant LATE_ON_31_JANUARY = Instant.parse("2025-01-31T23:30:00Z");

    @Inject
    StoryWorkflow workflow;
    @Inject
    StoryDesk desk;
    @Inject
    SchedulePublisher scheduler;
    @Inject
    StoryStore store;
    @Inject
    StoryRedirects redirects;
    @Inject
    PublishedStories published;
    @Inject
    UserAccounts accounts;
    @Inject
    SectionDirectory sections;
    @Inject
    AuthorDirectory authors;
    @Inject
    TagDirectory tags;
    @Inject
    TestClock clock;
    @Inject
    TransactionOperations<Connection> tx;

    private Newsroom.Staff eda;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(WorkflowFixture.properties());
        props.put("cms.timezone", "UTC");
        return props;
    }

    @BeforeAll
    void openTheNewsroom() {
        Newsroom newsroom = new Newsroom(accounts, authors, sections);
        eda = newsroom.editor("eda", "Eda Editor");
        newsroom.section("news", "News");
    }

    @Test
    void aStoryPublishedNowIsAddressedByItsDayAndKeepsThatThroughUnpublishingAndBackDating() {
        clock.set(LATE_ON_31_JANUARY);
        Story story = desk.create(eda.actor(), draft("Night ferry cancelled", "news"));
        assertNull(story.address(), "a draft has no address yet");

        Story live = workflow.publish(eda.actor(), story.id(), null, null);
        String address = "/2025/01/" + story.slug();
        assertEquals(address, live.address(), "on " + TestDatabase.name());

        clock.advance(Duration.ofDays(40));
        workflow.unpublish(eda.actor(), story.id(), "Wrong ferry", null);
        Story backDated = workflow.publish(eda.actor(), story.id(), Instant.parse("2024-06-01T08:00:00Z"), null);
        assertEquals(Instant.parse("2024-06-01T08:00:00Z"), backDated.publishedAt());
        assertEquals(address, backDated.address());
        workflow.unpublish(eda.actor(), story.id(), "Still the wrong ferry", null);
        assertEquals(address, workflow.publish(eda.actor(), story.id(), null, null).address());
    }

    @Test
    void aScheduledStoryGetsItsAddressWhenItGoesLive() {
        clock.set(LATE_ON_31_JANUARY.minus(Duration.ofHours(1)));
        Story story = desk.create(eda.actor(), draft("Midnight budget vote", "news"));
        Story scheduled = workflow.schedule(eda.actor(), story.id(), LATE_ON_31_JANUARY.plus(Duration.ofMinutes(20)), null);
        assertNull(scheduled.address(), "not live yet");

        clock.set(LATE_ON_31_JANUARY.plus(Duration.ofMinutes(45)));
        scheduler.publishDue();
        assertEquals("/2025/01/" + story.slug(), store.find(story.id()).orElseThrow().address(),
                "its day at its publish time, not at the scheduler's look");
    }

    @Test
    void aNewSlugMovesTheAddressWithinItsMonthAndTheOldOneLeadsThere() {
        clock.set(LATE_ON_31_JANUARY);
        Story story = desk.create(eda.actor(), draft("Harbour master resigns", "news"));
        String first = workflow.publish(eda.actor(), story.id(), null, null).address();

        clock.advance(Duration.ofDays(3));
        Story renamed = rename(story.id(), "harbour-master-stays");
        assertEquals("/2025/01/harbour-master-stays", renamed.address());
        assertEquals(Optional.of(renamed.address()), redirects.redirectTo(first, clock.instant()));
        assertEquals(Optional.empty(), redirects.redirectTo(renamed.address(), clock.instant()), "its own address is no redirect");

        Story back = rename(story.id(), story.slug());
        assertEquals(first, back.address(), "back at its first address");
        assertEquals(Optional.of(first), redirects.redirectTo(renamed.address(), clock.instant()));
        assertEquals(Optional.empty(), redirects.redirectTo(first, clock.instant()), "its own again, not a redirect");
        assertEquals(story.id(), published.findByAddress(first, clock.instant()).orElseThrow().id());
    }

    /** A new slug straight through the store (the desk keeps a published story's slug; an import may not). */
    private Story rename(long id, String slug) {
        return tx.executeWrite(status -> {
            Story story = store.find(id).orElseThrow();
            return store.update(id, story.version(), new StoryState(slug, story.headline(), story.dek(), story.body(),
                    sections.find(story.section()).orElseThrow(),
                    authors.resolve("bylines", story.bylines().stream().map(Byline::slug).toList()),
                    tags.resolve(story.tags()), story.language(), story.status(), clock.instant(),
                    story.publishedAt(), story.scheduledAt()));
        });
    }
}
