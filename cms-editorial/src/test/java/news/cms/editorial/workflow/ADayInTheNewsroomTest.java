package news.cms.editorial.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.audit.AuditEvent;
import news.cms.core.audit.AuditLog;
import news.cms.core.account.UserAccounts;
import news.cms.core.revision.RevisionStore;
import news.cms.core.revision.RevisionSummary;
import news.cms.core.schedule.ScheduleMisses;
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
import news.cms.editorial.schedule.SchedulePublisher;
import news.cms.editorial.story.StoryDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One story's whole day, from the reporter's draft to its removal, on the test clock. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ADayInTheNewsroomTest implements DatabaseTest {

    @Inject
    StoryDesk desk;
    @Inject
    StoryWorkflow workflow;
    @Inject
    SchedulePublisher scheduler;
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
    ScheduleMisses misses;
    @Inject
    TestClock clock;
    @Inject
    TransitionRecorder transitions;

    @Override
    public Map<String, String> getProperties() {
        return WorkflowFixture.properties();
    }

    @Test
    void aStoryFromDraftToCorrectionToRemoval() {
        Newsroom newsroom = new Newsroom(accounts, authors, sections);
        Newsroom.Staff rita = newsroom.reporter("rita", "Rita Reporter");
        Newsroom.Staff eda = newsroom.editor("eda", "Eda Editor");
        newsroom.section("city", "City");

        // 07:00 Rita files her draft and submits it.
        clock.set(Instant.parse("2031-03-14T07:00:00Z"));
        Story story = desk.create(rita.actor(), new StoryContent("Bridge to reopen on Monday",
                "Repairs ahead of schedule", "The old bridge reopens on Monday, the council said.", "city",
                null, List.of("Transport"), null));
        long id = story.id();
        story = workflow.submit(rita.actor(), id, story.version());
        assertEquals(StoryStatus.SUBMITTED, story.status());

        // 07:30 Eda sends it back: one source is not enough.
        Instant returnedAt = clock.advance(Duration.ofMinutes(30));
        story = workflow.returnToReporter(eda.actor(), id, "Who at the council? Name the source.", story.version());
        assertEquals(StoryStatus.DRAFT, story.status());
        assertEquals(List.of(new EditorNote(returnedAt, "eda", "Who at the council? Name the source.")),
                desk.get(rita.actor(), id).notes(), "Rita sees the note");

        // 08:00 Rita revises and submits again.
        clock.advance(Duration.ofMinutes(30));
        story = desk.update(rita.actor(), id, story.version(), new StoryContent("Bridge to reopen on Monday",
                "Repairs ahead of schedule", "The old bridge reopens on Monday, council engineer Ana Ruiz said.",
                "city", null, List.of("Transport"), null));
        story = workflow.submit(rita.actor(), id, story.version());

        // 08:10 Eda approves it and schedules it two minutes ahead.
        clock.advance(Duration.ofMinutes(10));
        story = workflow.approve(eda.actor(), id, story.version());
        Instant goLive = clock.instant().plus(Duration.ofMinutes(2));
        story = workflow.schedule(eda.actor(), id, goLive, story.version());
        assertEquals(StoryStatus.SCHEDULED, story.status());
        assertEquals(goLive, story.scheduledAt());

        // Not yet: the scheduler looks now and a second before its time, and leaves it.
        assertEquals(0, scheduler.publishDue());
        clock.advance(Duration.ofMinutes(2).minusSeconds(1));
        assertEquals(0, scheduler.publishDue());
        assertEquals(StoryStatus.SCHEDULED, desk.get(eda.actor(), id).status());

        // 08:12 Its time: the scheduler publishes it, at exactly the time set.
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, scheduler.publishDue());
        story = desk.get(eda.actor(), id);
        assertEquals(StoryStatus.PUBLISHED, story.status());
        assertEquals(goLive, story.publishedAt());
        assertNull(story.scheduledAt());
        assertTrue(misses.since(goLive.minus(Duration.ofDays(1))).isEmpty(), "on time is not a miss");
        assertEquals(0, scheduler.publishDue(), "published once");

        // 11:00 A reader spots an error; Eda corrects it.
        Instant correctedAt = clock.advance(Duration.ofHours(3).minusMinutes(12));
        story = workflow.correct(eda.actor(), id, "An earlier version misnamed the engineer.", null, story.version());
        assertEquals(StoryStatus.PUBLISHED, story.status());
        assertEquals(List.of(new Correction(correctedAt, "An earlier version misnamed the engineer.")),
                story.corrections());
        assertEquals(correctedAt, story.updatedAt());
        assertEquals(goLive, story.publishedAt());

        // 17:00 The council postpones; Eda takes the story down.
        clock.advance(Duration.ofHours(6));
        story = workflow.unpublish(eda.actor(), id, "The council postponed the reopening", story.version());
        assertEquals(StoryStatus.UNPUBLISHED, story.status());

        List<AuditEvent> trail = audit.forStory(id);
        assertEquals(List.of("story.create", "story.submit", "story.return", "story.update", "story.submit",
                        "story.approve", "story.schedule", "story.publish", "story.correct", "story.unpublish"),
                trail.stream().map(AuditEvent::action).toList());
        assertEquals(List.of("rita", "rita", "eda", "rita", "rita", "eda", "eda", AuditLog.SYSTEM, "eda", "eda"),
                trail.stream().map(AuditEvent::actor).toList());
        assertEquals(goLive, trail.get(7).at(), "the scheduler's line is stamped at the scheduled time");
        for (int i = 1; i < trail.size(); i++) {
            assertEquals(trail.get(i - 1).toStatus(), trail.get(i).fromStatus(), "each line starts where the last ended");
        }

        List<Long> numbers = revisions.list(id).stream().map(RevisionSummary::number).sorted().toList();
        assertEquals(LongStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers, "1..N, no gaps");
        assertEquals(story.version(), numbers.size(), "one revision per version");
        assertEquals(10, numbers.size());

        assertEquals(List.of("submit", "return", "submit", "approve", "schedule", "publish", "correct", "unpublish"),
                transitions.of(id).stream().map(StoryTransitioned::action).toList());
        assertNull(transitions.of(id).get(5).actor(), "the scheduler publishes as nobody");
    }
}
