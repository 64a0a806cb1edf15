package news.cms.editorial.workflow;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.account.Actor;
import news.cms.core.account.UserAccounts;
import news.cms.core.audit.AuditEvent;
import news.cms.core.audit.AuditLog;
import news.cms.core.error.ConflictException;
import news.cms.core.error.FieldError;
import news.cms.core.error.ForbiddenException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.error.StaleVersionException;
import news.cms.core.revision.RevisionStore;
import news.cms.core.revision.RevisionSummary;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Correction;
import news.cms.core.story.EditorNote;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.story.StoryStatus;
import news.cms.core.story.StoryTransitioned;
import news.cms.core.testing.DatabaseTest;
import news.cms.core.testing.TestClock;
import news.cms.editorial.story.Newsroom;
import news.cms.editorial.story.StoryDesk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static news.cms.core.story.StoryStatus.APPROVED;
import static news.cms.core.story.StoryStatus.DRAFT;
import static news.cms.core.story.StoryStatus.PUBLISHED;
import static news.cms.core.story.StoryStatus.SCHEDULED;
import static news.cms.core.story.StoryStatus.SUBMITTED;
import static news.cms.core.story.StoryStatus.UNPUBLISHED;
import static news.cms.editorial.story.Newsroom.draft;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow's actions one by one: what each records when it is allowed, and that it is refused,
 * with nothing written, when the state (409), the role (403), the input (400) or the version (409) is wrong.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryWorkflowTest implements DatabaseTest {

    @Inject
    StoryWorkflow workflow;
    @Inject
    StoryDesk desk;
    @Inject
    UserAccounts accounts;
    @Inject
    SectionDirectory sections;
    @Inject
    AuthorDirectory authors;
    @Inject
    RevisionStore revisions;
    @Inject
    AuditLog audit;
    @Inject
    TestClock clock;
    @Inject
    TransitionRecorder transitions;
    @Inject
    ApplicationContext context;

    private Newsroom.Staff rita;
    private Newsroom.Staff rob;
    private Newsroom.Staff eda;
    private final AtomicInteger headlines = new AtomicInteger();

    @Override
    public Map<String, String> getProperties() {
        return WorkflowFixture.properties();
    }

    @BeforeAll
    void openTheNewsroom() {
        Newsroom newsroom = new Newsroom(accounts, authors, sections);
        rita = newsroom.reporter("rita", "Rita Reporter");
        rob = newsroom.reporter("rob", "Rob Reporter");
        eda = newsroom.editor("eda", "Eda Editor");
        newsroom.section("news", "News");
    }

    @Test
    void theWorkflowRunsOnTheTestClock() {
        assertSame(clock, context.getBean(Clock.class), "the test clock replaces the application's clock");
        Instant now = clock.advance(Duration.ofSeconds(7));

        Story story = desk.create(rita.actor(), nextDraft());
        Story submitted = workflow.submit(rita.actor(), story.id(), story.version());

        assertEquals(now, story.createdAt());
        assertEquals(now, submitted.updatedAt());
        assertEquals(now, last(transitions.of(story.id())).at());
    }

    // --- every allowed move, and what it records --------------------------------------------------------

    /** An (action, state) pair of the table. */
    record Move(WorkflowAction action, StoryStatus from) {
    }

    /** Every (action, state) pair, allowed or not. */
    static Stream<Move> everyMove() {
        return Arrays.stream(WorkflowAction.values())
                .flatMap(action -> Arrays.stream(StoryStatus.values()).map(status -> new Move(action, status)));
    }

    static Stream<Move> allowedMoves() {
        return everyMove().filter(move -> move.action().allowedFrom(move.from()));
    }

    static Stream<Move> refusedMoves() {
        return everyMove().filter(move -> !move.action().allowedFrom(move.from()));
    }

    @TestFactory
    Stream<DynamicTest> everyAllowedMove() {
        return allowedMoves().map(move -> DynamicTest.dynamicTest(move.action() + " from " + move.from(),
                () -> anAllowedMoveChangesTheStatusAndLeavesARevisionAnAuditLineAndAnEvent(move.action(), move.from())));
    }

    /** Every (action, state) pair not allowed by {@link WorkflowAction}: 409, whatever the rest. */
    @TestFactory
    Stream<DynamicTest> everyRefusedMove() {
        return refusedMoves().map(move -> DynamicTest.dynamicTest(move.action() + " from " + move.from() + " is refused",
                () -> aMoveTheTableDoesNotAllowIsAConflictNamingTheStatesThatAllowIt(move.action(), move.from())));
    }

    @Test
    void theTableAllowsFifteenMovesAndRefusesThirtyThree() {
        assertEquals(15, allowedMoves().count());
        assertEquals(33, refusedMoves().count());
    }

    private void anAllowedMoveChangesTheStatusAndLeavesARevisionAnAuditLineAndAnEvent(WorkflowAction action, StoryStatus from) {
        Story before = inState(from);
        Instant now = clock.advance(Duration.ofSeconds(1));
        int revisionsBefore = revisions.list(before.id()).size();
        int auditBefore = audit.forStory(before.id()).size();
        int eventsBefore = transitions.of(before.id()).size();

        Story after = perform(action, eda.actor(), before, before.version());

        assertAll(
                () -> assertEquals(action.to(), after.status()),
                () -> assertEquals(before.version() + 1, after.version(), "version +1"),
                () -> assertEquals(now, after.updatedAt()),
                () -> assertEquals(after, desk.get(eda.actor(), before.id()), "what it answered is what is stored"));

        List<RevisionSummary> history = revisions.list(before.id());
        assertEquals(revisionsBefore + 1, history.size(), "one revision appended");
        RevisionSummary revision = history.get(0);
        assertEquals(after.version(), revision.number());
        assertEquals("eda", revision.by());
        assertTrue(revision.summary().startsWith(action.done()), () -> "summary: " + revision.summary());
        assertEquals(after, revisions.find(before.id(), revision.number()).orElseThrow().story(),
                "the revision's snapshot is the story after the move");

        List<AuditEvent> trail = audit.forStory(before.id());
        assertEquals(auditBefore + 1, trail.size(), "one audit line");
        AuditEvent line = last(trail);
        assertAll(
                () -> assertEquals("story." + action.path(), line.action()),
                () -> assertEquals("eda", line.actor()),
                () -> assertEquals(before.id(), line.storyId()),
                () -> assertEquals(from.name(), line.fromStatus()),
                () -> assertEquals(action.to().name(), line.toStatus()),
                () -> assertEquals(revision.summary(), line.detail()),
                () -> assertEquals(now, line.at()));

        List<StoryTransitioned> events = transitions.of(before.id());
        assertEquals(eventsBefore + 1, events.size(), "one event");
        assertEquals(new StoryTransitioned(before.id(), action.path(), from, action.to(), "eda", now), last(events));
    }

    private void aMoveTheTableDoesNotAllowIsAConflictNamingTheStatesThatAllowIt(WorkflowAction action, StoryStatus from) {
        Story story = inState(from);
        Before unchanged = before(story);
        clock.advance(Duration.ofSeconds(1));

        ConflictException e = assertThrows(ConflictException.class,
                () -> perform(action, eda.actor(), story, story.version()));

        assertFalse(e instanceof StaleVersionException, "a state conflict, not a version conflict: " + e.getMessage());
        List<StoryStatus> allowed = Arrays.stream(StoryStatus.values()).filter(action::allowedFrom).toList();
        String message = e.getMessage();
        assertAll(
                () -> assertTrue(message.contains("is " + from.name() + " "), "names the current state: " + message),
                () -> assertTrue(message.contains(action.path()), "names the action: " + message),
                () -> assertTrue(message.contains("allowed from " + action.fromList()), message),
                () -> allowed.forEach(state -> assertTrue(message.contains(state.name()),
                        "names allowed state " + state + ": " + message)));
        assertUnchanged(unchanged);
    }

    // --- submit ----------------------------------------------------------------------------------------

    @Test
    void aReporterSubmitsTheirOwnDraft() {
        Story story = desk.create(rita.actor(), nextDraft());

        Story submitted = workflow.submit(rita.actor(), story.id(), null);

        assertEquals(SUBMITTED, submitted.status());
        assertEquals("rita", last(audit.forStory(story.id())).actor());
        assertEquals("rita", last(transitions.of(story.id())).actor());
        assertEquals("submitted for review", revisions.list(story.id()).get(0).summary());
    }

    @Test
    void aReporterOnTheBylineMaySubmitAStoryAnEditorFiled() {
        Story story = desk.create(eda.actor(), draft("Filed by the desk " + headlines.incrementAndGet(), "news",
                List.of(rita.bylineSlug())));

        assertEquals(SUBMITTED, workflow.submit(rita.actor(), story.id(), story.version()).status());
    }

    @Test
    void anotherReporterMayNotSubmitSomeoneElsesStory() {
        Story story = desk.create(rita.actor(), nextDraft());
        Before unchanged = before(story);

        assertThrows(ForbiddenException.class, () -> workflow.submit(rob.actor(), story.id(), story.version()));

        assertUnchanged(unchanged);
    }

    /** Every action but submit is the editors'; a reporter is refused even on their own story. */
    @TestFactory
    Stream<DynamicTest> aReporterMayNotTakeAnEditorsAction() {
        return Arrays.stream(WorkflowAction.values()).filter(action -> action != WorkflowAction.SUBMIT)
                .map(action -> DynamicTest.dynamicTest("a reporter may not " + action.path(),
                        () -> aReporterIsRefused(action)));
    }

    private void aReporterIsRefused(WorkflowAction action) {
        assertEquals(WorkflowAction.Who.AN_EDITOR, action.who());
        Story story = inState(firstAllowedState(action));
        Before unchanged = before(story);
        assertEquals("rita", story.createdBy());

        assertThrows(ForbiddenException.class, () -> perform(action, rita.actor(), story, story.version()));

        assertUnchanged(unchanged);
    }

    // --- return ----------------------------------------------------------------------------------------

    @Test
    void aReturnNeedsANote() {
        Story story = inState(SUBMITTED);
        Before unchanged = before(story);

        for (String missing : new String[]{null, "", "   "}) {
            assertInvalid("note", () -> workflow.returnToReporter(eda.actor(), story.id(), missing, story.version()));
        }
        assertUnchanged(unchanged);
    }

    @Test
    void theReturnNoteIsKeptWithTheStoryForTheReporterWithWhoAndWhen() {
        Story story = inState(SUBMITTED);
        Instant now = clock.advance(Duration.ofMinutes(3));

        Story returned = workflow.returnToReporter(eda.actor(), story.id(), "  Needs a second source.  ", null);

        EditorNote note = new EditorNote(now, "eda", "Needs a second source.");
        assertEquals(DRAFT, returned.status());
        assertEquals(List.of(note), returned.notes());
        assertEquals(List.of(note), desk.get(rita.actor(), story.id()).notes(), "the reporter sees it");
        assertEquals("returned: Needs a second source.", last(audit.forStory(story.id())).detail());

        Story resubmitted = workflow.submit(rita.actor(), story.id(), returned.version());
        Instant later = clock.advance(Duration.ofMinutes(1));
        Story again = workflow.returnToReporter(eda.actor(), story.id(), "Still one source.", resubmitted.version());
        assertEquals(List.of(note, new EditorNote(later, "eda", "Still one source.")), again.notes(), "oldest first");
    }

    // --- schedule and unschedule -------------------------------------------------------------------------

    @Test
    void aScheduleNeedsAFutureTime() {
        Story story = inState(APPROVED);
        Before unchanged = before(story);
        Instant now = clock.advance(Duration.ofSeconds(1));

        assertInvalid("publishAt", () -> workflow.schedule(eda.actor(), story.id(), null, story.version()));
        assertInvalid("publishAt", () -> workflow.schedule(eda.actor(), story.id(), now.minusSeconds(60), story.version()));
        assertInvalid("publishAt", () -> workflow.schedule(eda.actor(), story.id(), now, story.version()));
        assertUnchanged(unchanged);

        Instant at = now.plus(Duration.ofHours(2));
        Story scheduled = workflow.schedule(eda.actor(), story.id(), at, story.version());
        assertEquals(SCHEDULED, scheduled.status());
        assertEquals(at, scheduled.scheduledAt());
        assertNull(scheduled.publishedAt());
        assertEquals("scheduled for " + at, last(audit.forStory(story.id())).detail());
    }

    @Test
    void unschedulingClearsTheTimeAndLeavesTheStoryApproved() {
        Story story = inState(SUBMITTED);
        Story scheduled = workflow.schedule(eda.actor(), story.id(), clock.instant().plus(Duration.ofHours(1)), null);

        Story unscheduled = workflow.unschedule(eda.actor(), story.id(), scheduled.version());

        assertEquals(APPROVED, unscheduled.status());
        assertNull(unscheduled.scheduledAt());
        assertNull(unscheduled.publishedAt());
    }

    // --- publish and unpublish ---------------------------------------------------------------------------

    @Test
    void publishingWithoutATimePublishesNow() {
        Story story = inState(SCHEDULED);
        Instant now = clock.advance(Duration.ofSeconds(5));

        Story published = workflow.publish(eda.actor(), story.id(), null, story.version());

        assertEquals(PUBLISHED, published.status());
        assertEquals(now, published.publishedAt(), "now, not its scheduled time");
        assertNull(published.scheduledAt(), "no longer scheduled");
        assertEquals("published", last(audit.forStory(story.id())).detail());
    }

    @Test
    void aPastPublishTimeBackDatesTheStoryOnTheRecord() {
        Story story = inState(APPROVED);
        Instant now = clock.advance(Duration.ofSeconds(1));
        Instant yesterday = now.minus(Duration.ofDays(1)).plusNanos(123_456_789);

        Story published = workflow.publish(eda.actor(), story.id(), yesterday, story.version());

        Instant stored = yesterday.truncatedTo(ChronoUnit.MICROS);
        assertEquals(stored, published.publishedAt());
        assertEquals(now, published.updatedAt());
        AuditEvent line = last(audit.forStory(story.id()));
        assertTrue(line.detail().contains("back-dated"), line.detail());
        assertTrue(line.detail().contains(stored.toString()), line.detail());
        assertTrue(revisions.list(story.id()).get(0).summary().contains("back-dated"));
    }

    @Test
    void aFuturePublishTimeIsRefusedBecauseThatIsWhatScheduleIsFor() {
        Story story = inState(APPROVED);
        Before unchanged = before(story);
        Instant now = clock.advance(Duration.ofSeconds(1));

        assertInvalid("publishedAt", () -> workflow.publish(eda.actor(), story.id(), now.plusSeconds(1), story.version()));

        assertUnchanged(unchanged);
    }

    @Test
    void aRepublishedStoryKeepsItsFirstPublishTime() {
        Story story = inState(APPROVED);
        Instant first = clock.advance(Duration.ofSeconds(1));
        Story published = workflow.publish(eda.actor(), story.id(), null, null);
        clock.advance(Duration.ofHours(1));
        Story unpublished = workflow.unpublish(eda.actor(), story.id(), "Embargo broken", published.version());
        assertEquals(first, unpublished.publishedAt(), "unpublishing keeps the publish time on record");
        Instant later = clock.advance(Duration.ofHours(1));

        Story republished = workflow.publish(eda.actor(), story.id(), null, unpublished.version());

        assertEquals(PUBLISHED, republished.status());
        assertEquals(first, republished.publishedAt());
        assertEquals(later, republished.updatedAt());
    }

    @Test
    void anUnpublishNeedsAReason() {
        Story story = inState(PUBLISHED);
        Before unchanged = before(story);

        for (String missing : new String[]{null, "", " \t "}) {
            assertInvalid("reason", () -> workflow.unpublish(eda.actor(), story.id(), missing, story.version()));
        }
        assertUnchanged(unchanged);

        Story unpublished = workflow.unpublish(eda.actor(), story.id(), "Legal asked us to", story.version());
        assertEquals(UNPUBLISHED, unpublished.status());
        assertEquals("unpublished: Legal asked us to", last(audit.forStory(story.id())).detail());
    }

    // --- correct -----------------------------------------------------------------------------------------

    @Test
    void aCorrectionAddsAPublicNoticeAndANewUpdatedAtAndTheStoryStaysLive() {
        Story story = inState(PUBLISHED);
        Instant now = clock.advance(Duration.ofMinutes(30));

        Story corrected = workflow.correct(eda.actor(), story.id(), "The mayor's name was misspelt.", null,
                story.version());

        assertAll(
                () -> assertEquals(PUBLISHED, corrected.status()),
                () -> assertEquals(List.of(new Correction(now, "The mayor's name was misspelt.")), corrected.corrections()),
                () -> assertEquals(now, corrected.updatedAt()),
                () -> assertTrue(corrected.updatedAt().isAfter(story.updatedAt())),
                () -> assertEquals(story.publishedAt(), corrected.publishedAt(), "the publish time stays"),
                () -> assertEquals(story.headline(), corrected.headline()),
                () -> assertEquals(story.version() + 1, corrected.version()),
                () -> assertEquals(corrected, desk.get(eda.actor(), story.id())));
        assertEquals("corrected: The mayor's name was misspelt.", last(audit.forStory(story.id())).detail());
    }

    @Test
    void aCorrectionMayChangeTheContent() {
        Story story = inState(PUBLISHED);
        Instant now = clock.advance(Duration.ofMinutes(30));
        int revisionsBefore = revisions.list(story.id()).size();
        StoryContent fixed = new StoryContent("Mayor Jonsson opens the bridge", story.dek(), story.body(),
                story.section(), null, null, null);

        Story corrected = workflow.correct(eda.actor(), story.id(), "The mayor's name was misspelt.", fixed,
                story.version());

        assertAll(
                () -> assertEquals("Mayor Jonsson opens the bridge", corrected.headline()),
                () -> assertEquals(story.slug(), corrected.slug(), "a published story's URL never changes"),
                () -> assertEquals(PUBLISHED, corrected.status()),
                () -> assertEquals(List.of(new Correction(now, "The mayor's name was misspelt.")), corrected.corrections()),
                () -> assertEquals(now, corrected.updatedAt()),
                () -> assertEquals(story.publishedAt(), corrected.publishedAt()),
                () -> assertEquals(story.version() + 1, corrected.version()),
                () -> assertEquals(corrected, desk.get(eda.actor(), story.id())));
        List<RevisionSummary> history = revisions.list(story.id());
        assertEquals(revisionsBefore + 1, history.size(), "one revision for the corrected version");
        assertEquals(corrected, revisions.find(story.id(), corrected.version()).orElseThrow().story());
        AuditEvent line = last(audit.forStory(story.id()));
        assertEquals("story.correct", line.action());
        assertEquals("PUBLISHED", line.fromStatus());
        assertEquals("PUBLISHED", line.toStatus());
        assertEquals(new StoryTransitioned(story.id(), "correct", PUBLISHED, PUBLISHED, "eda", now),
                last(transitions.of(story.id())));
    }

    @Test
    void aCorrectionNeedsTheVersionReadAndANote() {
        Story story = inState(PUBLISHED);
        Before unchanged = before(story);

        assertInvalid("version", () -> workflow.correct(eda.actor(), story.id(), "A note", null, null));
        assertInvalid("note", () -> workflow.correct(eda.actor(), story.id(), " ", null, story.version()));
        assertInvalid("headline", () -> workflow.correct(eda.actor(), story.id(), "A note",
                new StoryContent("", story.dek(), story.body(), story.section(), null, null, null), story.version()));

        assertUnchanged(unchanged);
    }

    // --- versions and missing stories -------------------------------------------------------------------

    /** Someone saved the story after it was read: the action is refused and nothing is written. */
    @TestFactory
    Stream<DynamicTest> anActionOnAStaleVersionIsRefused() {
        return Arrays.stream(WorkflowAction.values()).map(action -> DynamicTest.dynamicTest(
                action.path() + " with a stale version", () -> staleVersionRefused(action)));
    }

    private void staleVersionRefused(WorkflowAction action) {
        Story read = inState(firstAllowedState(action));
        Story saved = desk.update(eda.actor(), read.id(), read.version(),
                new StoryContent(read.headline() + " (updated)", read.dek(), read.body(), read.section(), null, null, null));
        Before unchanged = before(saved);

        StaleVersionException e = assertThrows(StaleVersionException.class,
                () -> perform(action, eda.actor(), read, read.version()));

        assertEquals(read.version(), e.sentVersion());
        assertEquals(saved.version(), e.currentVersion());
        assertUnchanged(unchanged);
    }

    @Test
    void anActionOnAStoryThatDoesNotExistSaysSo() {
        assertThrows(NotFoundException.class, () -> workflow.submit(eda.actor(), 987_654, null));
        assertThrows(NotFoundException.class, () -> workflow.publish(eda.actor(), 987_654, null, null));
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private StoryContent nextDraft() {
        return draft("Story number " + headlines.incrementAndGet(), "news");
    }

    /** A new story of Rita's, moved by the usual route (by Rita and Eda) to the given state. */
    private Story inState(StoryStatus status) {
        Story story = desk.create(rita.actor(), nextDraft());
        if (status == DRAFT) {
            return story;
        }
        story = workflow.submit(rita.actor(), story.id(), story.version());
        if (status == SUBMITTED) {
            return story;
        }
        story = workflow.approve(eda.actor(), story.id(), story.version());
        return switch (status) {
            case APPROVED -> story;
            case SCHEDULED -> workflow.schedule(eda.actor(), story.id(), clock.instant().plus(Duration.ofDays(30)),
                    story.version());
            case PUBLISHED -> workflow.publish(eda.actor(), story.id(), null, story.version());
            case UNPUBLISHED -> {
                Story published = workflow.publish(eda.actor(), story.id(), null, story.version());
                yield workflow.unpublish(eda.actor(), story.id(), "Pulled for legal review", published.version());
            }
            default -> throw new IllegalArgumentException(status.name());
        };
    }

    private static StoryStatus firstAllowedState(WorkflowAction action) {
        return Arrays.stream(StoryStatus.values()).filter(action::allowedFrom).findFirst().orElseThrow();
    }

    /** Takes the action with valid input for it. */
    private Story perform(WorkflowAction action, Actor actor, Story story, Long version) {
        return switch (action) {
            case SUBMIT -> workflow.submit(actor, story.id(), version);
            case RETURN -> workflow.returnToReporter(actor, story.id(), "Please add a source", version);
            case APPROVE -> workflow.approve(actor, story.id(), version);
            case SCHEDULE -> workflow.schedule(actor, story.id(), clock.instant().plus(Duration.ofHours(1)), version);
            case UNSCHEDULE -> workflow.unschedule(actor, story.id(), version);
            case PUBLISH -> workflow.publish(actor, story.id(), null, version);
            case UNPUBLISH -> workflow.unpublish(actor, story.id(), "Legal asked us to", version);
            case CORRECT -> workflow.correct(actor, story.id(), "A date was wrong", null, version);
        };
    }

    /** A story as read, with how many revisions, audit lines and events it had then. */
    private record Before(Story story, int revisions, int auditLines, int events) {
    }

    private Before before(Story story) {
        return new Before(story, revisions.list(story.id()).size(), audit.forStory(story.id()).size(),
                transitions.of(story.id()).size());
    }

    /** The story, its revisions, audit trail and events are as they were. */
    private void assertUnchanged(Before before) {
        long id = before.story().id();
        assertAll(
                () -> assertEquals(before.story(), desk.get(eda.actor(), id), "the story is as it was"),
                () -> assertEquals(before.revisions(), revisions.list(id).size(), "no new revision"),
                () -> assertEquals(before.auditLines(), audit.forStory(id).size(), "no new audit line"),
                () -> assertEquals(before.events(), transitions.of(id).size(), "no new event"));
    }

    private static InvalidInputException assertInvalid(String field, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        Set<String> fields = e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of(field), fields, () -> "expected only '" + field + "' at fault: " + e.errors());
        return e;
    }

    private static <T> T last(List<T> list) {
        assertFalse(list.isEmpty(), "expected at least one");
        return list.get(list.size() - 1);
    }
}
