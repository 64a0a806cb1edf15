package news.cms.editorial.revision;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import news.cms.core.account.Role;
import news.cms.core.account.UserAccounts;
import news.cms.core.audit.AuditEvent;
import news.cms.core.audit.AuditLog;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.error.ConflictException;
import news.cms.core.error.FieldError;
import news.cms.core.error.ForbiddenException;
import news.cms.core.error.NotFoundException;
import news.cms.core.error.StaleVersionException;
import news.cms.core.revision.Revision;
import news.cms.core.revision.RevisionStore;
import news.cms.core.revision.RevisionSummary;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Byline;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.story.StoryState;
import news.cms.core.story.StoryStatus;
import news.cms.core.story.StoryStore;
import news.cms.core.tag.TagDirectory;
import news.cms.core.testing.DatabaseTest;
import news.cms.editorial.story.Newsroom;
import news.cms.editorial.story.StoryDesk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A story's history at the desk: listing, reading, comparing and restoring revisions, and who may. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevisionDeskTest implements DatabaseTest {

    @Inject
    RevisionDesk desk;
    @Inject
    StoryDesk stories;
    @Inject
    StoryStore store;
    @Inject
    RevisionStore revisions;
    @Inject
    AuditLog audit;
    @Inject
    UserAccounts accounts;
    @Inject
    AuthorDirectory authors;
    @Inject
    SectionDirectory sections;
    @Inject
    TagDirectory tags;
    @Inject
    TransactionOperations<Connection> tx;

    /** As cms-app's application.yml: absent values are written as null, so snapshots read back whole. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put("micronaut.serde.serialization.inclusion", "always");
        return properties;
    }

    private Newsroom.Staff rita;
    private Newsroom.Staff ravi;
    private Newsroom.Staff eda;
    private Newsroom newsroom;
    private Author minChao;
    private Author wire;

    @BeforeAll
    void openTheNewsroom() {
        newsroom = new Newsroom(accounts, authors, sections);
        rita = newsroom.hire("rita", "Rita Ré Müller", Role.REPORTER);
        ravi = newsroom.hire("ravi", "Ravi Reporter", Role.REPORTER);
        eda = newsroom.hire("eda", "Eda Editor", Role.EDITOR);
        minChao = newsroom.guest("Min Chao Choy");
        wire = newsroom.guest("Agence Wire");
        newsroom.section("news", "News");
        newsroom.section("world", "World");
    }

    // --- listing and reading ------------------------------------------------------------------------

    @Test
    void theHistoryIsNewestFirstNumberedLikeTheVersions() {
        Story v1 = stories.create(rita.actor(), content("Bus fares rise", "news"));
        stories.update(rita.actor(), v1.id(), 1, content("Bus fares rise again", "news"));
        stories.update(eda.actor(), v1.id(), 2, content("Bus fares rise again", "world"));

        List<RevisionSummary> history = desk.list(rita.actor(), v1.id());

        assertEquals(List.of(3L, 2L, 1L), numbers(history));
        assertEquals(List.of("eda", "rita", "rita"), history.stream().map(RevisionSummary::by).toList());
        assertEquals("created", history.get(2).summary());
        assertEquals(history, desk.list(eda.actor(), v1.id()), "editors read every story's history");
    }

    @Test
    void aRevisionIsTheWholeStoryAsItWasBylinesAndTagsIncluded() {
        Story v1 = stories.create(rita.actor(), new StoryContent("Bridge closes", "Traffic diverted", "First body",
                "news", List.of(rita.bylineSlug(), minChao.slug()), List.of("Traffic", "Roads"), "en"));
        stories.update(eda.actor(), v1.id(), 1, new StoryContent("Bridge reopens", "Traffic flows", "Second body",
                "world", List.of(wire.slug()), List.of("Repairs"), "de"));

        Revision first = desk.get(rita.actor(), v1.id(), 1);

        assertAll(
                () -> assertEquals(1, first.number()),
                () -> assertEquals("rita", first.by()),
                () -> assertEquals("created", first.summary()),
                () -> assertEquals(v1, first.story()),
                () -> assertEquals(List.of(new Byline("rita-re-muller", "Rita Ré Müller"),
                        new Byline(minChao.slug(), "Min Chao Choy")), first.story().bylines()),
                () -> assertEquals(List.of("Traffic", "Roads"), first.story().tags()));
        assertEquals(List.of(new Byline(wire.slug(), "Agence Wire")), desk.get(eda.actor(), v1.id(), 2).story().bylines());
    }

    @Test
    void anUnknownStoryOrRevisionIsNotFound() {
        Story story = stories.create(rita.actor(), content("Ghost town", "news"));

        assertThrows(NotFoundException.class, () -> desk.list(eda.actor(), 987_654));
        assertThrows(NotFoundException.class, () -> desk.get(eda.actor(), 987_654, 1));
        assertThrows(NotFoundException.class, () -> desk.get(eda.actor(), story.id(), 2));
        assertThrows(NotFoundException.class, () -> desk.get(eda.actor(), story.id(), 0));
        assertThrows(NotFoundException.class, () -> desk.diff(eda.actor(), story.id(), 1, 5));
        assertThrows(NotFoundException.class, () -> desk.diff(eda.actor(), story.id(), 5, 1));
        assertThrows(NotFoundException.class, () -> desk.restore(eda.actor(), story.id(), 2, null));
        assertThrows(NotFoundException.class, () -> desk.restore(eda.actor(), 987_654, 1, null));
    }

    @Test
    void anotherReporterMayNotReadTheHistoryButACoBylinedOneMay() {
        Story story = stories.create(rita.actor(), content("Rita's scoop", "news"));

        assertThrows(ForbiddenException.class, () -> desk.list(ravi.actor(), story.id()));
        assertThrows(ForbiddenException.class, () -> desk.get(ravi.actor(), story.id(), 1));
        assertThrows(ForbiddenException.class, () -> desk.diff(ravi.actor(), story.id(), 1, 1));

        stories.update(eda.actor(), story.id(), 1, new StoryContent("Rita's scoop", null, null, "news",
                List.of(rita.bylineSlug(), ravi.bylineSlug()), null, null));
        assertEquals(List.of(2L, 1L), numbers(desk.list(ravi.actor(), story.id())));
    }

    // --- comparing ----------------------------------------------------------------------------------

    @Test
    void aDiffNamesExactlyTheFieldsThatChangedWithTheirValues() {
        Story v1 = stories.create(rita.actor(), new StoryContent("Harbour reopens", "After the storm", "Body",
                "news", null, List.of("Storms"), null));
        stories.update(rita.actor(), v1.id(), 1, new StoryContent("Harbour reopens", "Ships return after the storm",
                "Body", "news", null, List.of("Storms", "Shipping"), null));

        RevisionDiff diff = desk.diff(rita.actor(), v1.id(), 1, 2);

        assertEquals(1, diff.from());
        assertEquals(2, diff.to());
        assertEquals(List.of("dek", "tags"), diff.fields(), "version and updatedAt are not compared");
        RevisionDiff.Change dek = diff.changes().get(0);
        assertEquals("After the storm", dek.before().getStringValue());
        assertEquals("Ships return after the storm", dek.after().getStringValue());
        RevisionDiff.Change tagChange = diff.changes().get(1);
        assertEquals(List.of("Storms"), strings(tagChange.before()));
        assertEquals(List.of("Storms", "Shipping"), strings(tagChange.after()));

        RevisionDiff backwards = desk.diff(rita.actor(), v1.id(), 2, 1);
        assertEquals(List.of("dek", "tags"), backwards.fields());
        assertEquals("After the storm", backwards.changes().get(0).after().getStringValue());

        assertEquals(List.of(), desk.diff(rita.actor(), v1.id(), 2, 2).changes(), "a revision equals itself");
    }

    @Test
    void aDiffSeesEveryFieldOfTheStoryBylinesSectionLanguageAndSlugIncluded() {
        Story v1 = stories.create(rita.actor(), content("Ferry delayed", "news"));
        stories.update(eda.actor(), v1.id(), 1, new StoryContent("Ferry cancelled", v1.dek(), v1.body(), "world",
                List.of(wire.slug()), null, "fr"));

        RevisionDiff diff = desk.diff(eda.actor(), v1.id(), 1, 2);

        assertEquals(List.of("slug", "headline", "section", "bylines", "language"), diff.fields());
        JsonNode bylinesAfter = diff.changes().get(3).after();
        assertEquals(wire.slug(), bylinesAfter.get(0).get("slug").getStringValue());
    }

    // --- restoring ----------------------------------------------------------------------------------

    @Test
    void restoringPutsTheOldContentBackAsANewRevisionAndLeavesHistoryAlone() {
        Story v1 = stories.create(rita.actor(), new StoryContent("Council approves budget", "A vote of 7 to 2",
                "The council voted.", "news", List.of(rita.bylineSlug(), minChao.slug()), List.of("Budget", "Council"),
                "en"));
        Story v2 = stories.update(eda.actor(), v1.id(), 1, new StoryContent("Budget row deepens", "Talks collapse",
                "Nobody agrees.", "world", List.of(wire.slug()), List.of("Politics"), "de"));
        List<RevisionSummary> historyBefore = desk.list(eda.actor(), v1.id());
        Revision firstBefore = desk.get(eda.actor(), v1.id(), 1);
        Revision secondBefore = desk.get(eda.actor(), v1.id(), 2);

        Story restored = desk.restore(eda.actor(), v1.id(), 1, null);

        assertAll(
                () -> assertEquals(3, restored.version(), "a new version"),
                () -> assertEquals(v1.headline(), restored.headline()),
                () -> assertEquals(v1.dek(), restored.dek()),
                () -> assertEquals(v1.body(), restored.body()),
                () -> assertEquals(v1.section(), restored.section()),
                () -> assertEquals(v1.bylines(), restored.bylines()),
                () -> assertEquals(v1.tags(), restored.tags()),
                () -> assertEquals(v1.language(), restored.language()),
                () -> assertEquals(v1.slug(), restored.slug(), "a draft's URL follows its headline"),
                () -> assertEquals(StoryStatus.DRAFT, restored.status()),
                () -> assertEquals("rita", restored.createdBy()),
                () -> assertEquals(v1.createdAt(), restored.createdAt()),
                () -> assertTrue(restored.updatedAt().isAfter(v2.updatedAt())));
        assertEquals(restored, stories.get(eda.actor(), v1.id()), "stored as answered");

        List<RevisionSummary> history = desk.list(eda.actor(), v1.id());
        assertEquals(historyBefore.size() + 1, history.size());
        assertEquals(List.of(3L, 2L, 1L), numbers(history));
        assertEquals("restored revision 1", history.get(0).summary());
        assertEquals("eda", history.get(0).by());
        assertEquals(historyBefore, history.subList(1, history.size()), "older entries untouched");
        assertEquals(firstBefore, desk.get(eda.actor(), v1.id(), 1), "revision 1 untouched");
        assertEquals(secondBefore, desk.get(eda.actor(), v1.id(), 2), "revision 2 untouched");
        assertEquals(restored, desk.get(eda.actor(), v1.id(), 3).story(), "the new revision is the restored story");
        assertEquals(List.of(), desk.diff(eda.actor(), v1.id(), 1, 3).changes(), "same content as revision 1");

        AuditEvent last = lastAuditLine(v1.id());
        assertEquals("story.restore", last.action());
        assertEquals("eda", last.actor());
        assertEquals("DRAFT", last.fromStatus());
        assertEquals("DRAFT", last.toStatus());
        assertTrue(last.detail().startsWith("restored revision 1 as version 3"), last.detail());
        assertTrue(last.detail().contains("headline") && last.detail().contains("bylines"), last.detail());
    }

    @Test
    void restoringAPublishedStoryKeepsItsStatusPublishTimeAndUrl() {
        Story v1 = stories.create(rita.actor(), content("Storm hits the coast", "news"));
        Story v2 = stories.update(eda.actor(), v1.id(), 1, content("Storm batters the coast", "news"));
        Instant publishedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        Story published = publish(v2, publishedAt);

        Story restored = desk.restore(eda.actor(), v1.id(), 1, published.version());

        assertAll(
                () -> assertEquals("Storm hits the coast", restored.headline()),
                () -> assertEquals(StoryStatus.PUBLISHED, restored.status()),
                () -> assertEquals(published.publishedAt(), restored.publishedAt()),
                () -> assertNull(restored.scheduledAt()),
                () -> assertEquals(published.slug(), restored.slug(), "a published URL never changes"),
                () -> assertEquals(published.version() + 1, restored.version()));
        assertEquals("PUBLISHED", lastAuditLine(v1.id()).toStatus());
    }

    @Test
    void onlyEditorsRestoreNotEvenAReporterOnTheirOwnStory() {
        Story v1 = stories.create(rita.actor(), content("Rita's first draft", "news"));
        Story v2 = stories.update(rita.actor(), v1.id(), 1, content("Rita's second draft", "news"));

        assertThrows(ForbiddenException.class, () -> desk.restore(rita.actor(), v1.id(), 1, null));
        assertThrows(ForbiddenException.class, () -> desk.restore(ravi.actor(), v1.id(), 1, 2L));

        assertEquals(v2, stories.get(eda.actor(), v1.id()), "nothing restored");
        assertEquals(List.of(2L, 1L), numbers(desk.list(eda.actor(), v1.id())));
        assertEquals(2, audit.forStory(v1.id()).size());

        assertEquals(3, desk.restore(newsroom.admin(), v1.id(), 1, null).version(), "admins run the desk too");
    }

    @Test
    void aRestoreBasedOnAStaleVersionIsRefusedAndWritesNothing() {
        Story v1 = stories.create(rita.actor(), content("Train strike called", "news"));
        Story v2 = stories.update(rita.actor(), v1.id(), 1, content("Train strike called off", "news"));

        StaleVersionException e = assertThrows(StaleVersionException.class,
                () -> desk.restore(eda.actor(), v1.id(), 1, 1L));

        assertEquals(1, e.sentVersion());
        assertEquals(2L, e.currentVersion());
        assertEquals(v2, stories.get(eda.actor(), v1.id()));
        assertEquals(List.of(2L, 1L), numbers(desk.list(eda.actor(), v1.id())));
        assertEquals(2, audit.forStory(v1.id()).size());

        assertEquals("Train strike called", desk.restore(eda.actor(), v1.id(), 1, 2L).headline());
    }

    @Test
    void restoringTheCurrentRevisionStillMakesANewOneWithTheSameContent() {
        Story v1 = stories.create(rita.actor(), content("Quiet day", "news"));

        Story again = desk.restore(eda.actor(), v1.id(), 1, 1L);

        assertEquals(2, again.version());
        assertEquals(List.of(), desk.diff(eda.actor(), v1.id(), 1, 2).changes());
        assertTrue(lastAuditLine(v1.id()).detail().endsWith("(no changes)"), lastAuditLine(v1.id()).detail());
    }

    @Test
    void aRevisionWhoseSectionIsGoneCannotBeRestoredAndSaysWhich() {
        newsroom.section("pop-up", "Pop-up");
        Story v1 = stories.create(rita.actor(), content("Festival opens", "pop-up"));
        Story v2 = stories.update(eda.actor(), v1.id(), 1, content("Festival opens", "news"));
        sql("DELETE FROM section WHERE slug = ?", "pop-up");

        ConflictException e = assertThrows(ConflictException.class, () -> desk.restore(eda.actor(), v1.id(), 1, null));

        assertTrue(e.getMessage().contains("'pop-up'"), e.getMessage());
        assertEquals(List.of("section"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(v2, stories.get(eda.actor(), v1.id()), "nothing restored");
        assertEquals(List.of(2L, 1L), numbers(desk.list(eda.actor(), v1.id())));
    }

    @Test
    void aRevisionWhoseAuthorIsGoneCannotBeRestoredAndSaysWhich() {
        Author stringer = newsroom.guest("Summer Stringer");
        Story v1 = stories.create(eda.actor(), new StoryContent("Beach clean-up", null, null, "news",
                List.of(stringer.slug(), wire.slug()), null, null));
        Story v2 = stories.update(eda.actor(), v1.id(), 1, new StoryContent("Beach clean-up", null, null, "news",
                List.of(wire.slug()), null, null));
        sql("DELETE FROM author WHERE slug = ?", stringer.slug());

        ConflictException e = assertThrows(ConflictException.class, () -> desk.restore(eda.actor(), v1.id(), 1, null));

        assertTrue(e.getMessage().contains("'" + stringer.slug() + "'"), e.getMessage());
        assertTrue(!e.getMessage().contains(wire.slug()), "only the missing author is named: " + e.getMessage());
        assertEquals(List.of("bylines"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(v2, stories.get(eda.actor(), v1.id()), "nothing restored");
        assertEquals(2, audit.forStory(v1.id()).size());
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static StoryContent content(String headline, String section) {
        return new StoryContent(headline, "A dek for " + headline, "Body of " + headline, section, null, null, null);
    }

    /** Puts a story live as the workflow would, straight through the store. */
    private Story publish(Story story, Instant publishedAt) {
        return tx.executeWrite(status -> store.update(story.id(), story.version(), new StoryState(story.slug(),
                story.headline(), story.dek(), story.body(), sections.get(story.section()),
                authors.resolve("bylines", story.bylines().stream().map(Byline::slug).toList()),
                tags.resolve(story.tags()), story.language(), StoryStatus.PUBLISHED, publishedAt, publishedAt, null)));
    }

    private void sql(String statement, String parameter) {
        tx.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement(statement)) {
                delete.setString(1, parameter);
                assertEquals(1, delete.executeUpdate(), statement);
            }
            return null;
        });
    }

    private AuditEvent lastAuditLine(long storyId) {
        List<AuditEvent> trail = audit.forStory(storyId);
        return trail.get(trail.size() - 1);
    }

    private static List<Long> numbers(List<RevisionSummary> history) {
        return history.stream().map(RevisionSummary::number).toList();
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.values().spliterator(), false)
                .map(JsonNode::getStringValue).toList();
    }
}
