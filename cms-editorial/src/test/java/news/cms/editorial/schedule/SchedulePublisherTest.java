package news.cms.editorial.schedule;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.audit.AuditEvent;
import news.cms.core.audit.AuditLog;
import news.cms.core.account.UserAccounts;
import news.cms.core.error.StaleVersionException;
import news.cms.core.revision.RevisionStore;
import news.cms.core.schedule.ScheduleMiss;
import news.cms.core.schedule.ScheduleMisses;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStatus;
import news.cms.core.story.StoryTransitioned;
import news.cms.core.testing.DatabaseTest;
import news.cms.core.testing.TestDatabase;
import news.cms.editorial.story.Newsroom;
import news.cms.editorial.story.StoryDesk;
import news.cms.editorial.workflow.StoryWorkflow;
import news.cms.core.testing.TestClock;
import news.cms.editorial.workflow.TransitionRecorder;
import news.cms.editorial.workflow.WorkflowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static news.cms.editorial.story.Newsroom.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduler on the test clock: stories go out at their time with their intended publish time,
 * late ones are recorded as misses, and two servers (or two approvers) at once never do one thing twice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchedulePublisherTest implements DatabaseTest {

    @Inject
    SchedulePublisher scheduler;
    @Inject
    ScheduleSettings settings;
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
    ScheduleMisses misses;
    @Inject
    TestClock clock;
    @Inject
    TransitionRecorder transitions;

    private Newsroom.Staff rita;
    private Newsroom.Staff eda;
    private Newsroom.Staff ed;
    private final AtomicInteger headlines = new AtomicInteger();

    @Override
    public Map<String, String> getProperties() {
        return WorkflowFixture.properties();
    }

    @BeforeAll
    void openTheNewsroom() {
        Newsroom newsroom = new Newsroom(accounts, authors, sections);
        rita = newsroom.reporter("rita", "Rita Reporter");
        eda = newsroom.editor("eda", "Eda Editor");
        ed = newsroom.editor("ed", "Ed Editor");
        newsroom.section("news", "News");
        assertEquals(Duration.ofSeconds(60), settings.getAllowedLateness(), "the default these tests assume");
    }

    @AfterEach
    void nothingLeftScheduled() {
        transitions.unhook();
        // each test leaves nothing due, so the next one's counts are its own
        clock.advance(Duration.ofDays(365));
        assertEquals(0, scheduler.publishDue(), "a test left a story scheduled");
    }

    // --- catching up ------------------------------------------------------------------------------------

    @Test
    void aStoryWhoseTimePassedWhileNobodyLookedGoesOutWithItsIntendedTimeAndCountsAsAMiss() {
        Instant due = clock.instant().plus(Duration.ofMinutes(2));
        Story story = scheduled(due);

        Instant now = clock.advance(Duration.ofMinutes(12)); // the server was down: 10 minutes late
        int published = scheduler.publishDue();

        assertEquals(1, published);
        Story live = desk.get(eda.actor(), story.id());
        assertEquals(StoryStatus.PUBLISHED, live.status());
        assertEquals(due, live.publishedAt(), "its intended publish time, not the time it went out");
        assertNull(live.scheduledAt());
        assertEquals(now, live.updatedAt());
        List<ScheduleMiss> missed = missesOf(story);
        assertEquals(1, missed.size(), "missed: " + missed);
        ScheduleMiss miss = missed.get(0);
        assertEquals(due, miss.scheduledAt());
        assertEquals(now, miss.publishedAt());
        assertEquals(600, miss.lateSeconds(), 1);
        AuditEvent line = last(audit.forStory(story.id()));
        assertEquals("story.publish", line.action());
        assertEquals(AuditLog.SYSTEM, line.actor());
        assertEquals("SCHEDULED", line.fromStatus());
        assertEquals("PUBLISHED", line.toStatus());
        assertTrue(line.detail().contains("due " + due), line.detail());
        assertEquals(new StoryTransitioned(story.id(), "publish", StoryStatus.SCHEDULED, StoryStatus.PUBLISHED, null, now),
                last(transitions.of(story.id())));
        assertEquals(AuditLog.SYSTEM, revisions.list(story.id()).get(0).by());
    }

    @Test
    void aStoryPublishedWithinTheAllowedLatenessIsNoMiss() {
        Instant due = clock.instant().plus(Duration.ofMinutes(2));
        Story slightlyLate = scheduled(due);
        Story justInTime = scheduled(due.plusSeconds(30));

        clock.advance(Duration.ofMinutes(2).plus(Duration.ofSeconds(60))); // 60 s and 30 s late
        assertEquals(2, scheduler.publishDue());

        assertEquals(due, desk.get(eda.actor(), slightlyLate.id()).publishedAt());
        assertEquals(due.plusSeconds(30), desk.get(eda.actor(), justInTime.id()).publishedAt());
        assertEquals(List.of(), missesOf(slightlyLate), "exactly the allowed lateness is still on time");
        assertEquals(List.of(), missesOf(justInTime));
    }

    @Test
    void aSecondPastTheAllowedLatenessIsAMiss() {
        Instant due = clock.instant().plus(Duration.ofMinutes(2));
        Story story = scheduled(due);

        clock.advance(Duration.ofMinutes(3).plusSeconds(1));
        assertEquals(1, scheduler.publishDue());

        assertEquals(List.of(61L), missesOf(story).stream().map(ScheduleMiss::lateSeconds).toList());
    }

    @Test
    void aStoryUnscheduledBeforeItsTimeIsNotPublished() {
        Story story = scheduled(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(1));
        Story unscheduled = workflow.unschedule(eda.actor(), story.id(), story.version());

        clock.advance(Duration.ofMinutes(5));
        assertEquals(0, scheduler.publishDue());

        Story stored = desk.get(eda.actor(), story.id());
        assertEquals(unscheduled, stored);
        assertEquals(StoryStatus.APPROVED, stored.status());
        assertNull(stored.publishedAt());
        assertTrue(audit.forStory(story.id()).stream().noneMatch(e -> e.action().equals("story.publish")));
    }

    @Test
    void aScheduledStoryAnEditorPublishedByHandIsNotPublishedAgain() {
        Story story = scheduled(clock.instant().plus(Duration.ofMinutes(2)));
        Instant byHand = clock.advance(Duration.ofMinutes(1));
        workflow.publish(eda.actor(), story.id(), null, story.version());

        clock.advance(Duration.ofMinutes(5));
        assertEquals(0, scheduler.publishDue());

        assertEquals(byHand, desk.get(eda.actor(), story.id()).publishedAt());
        assertEquals(1, publishLines(story));
    }

    // --- at the same time -------------------------------------------------------------------------------

    @Test
    void ofTwoEditorsApprovingOneStoryAtOnceExactlyOneSucceeds() throws Exception {
        // The first approver holds its transaction open a moment, so the second reads the story before the
        // first commits: both pass the state check and meet at the version-checked write.
        transitions.hook(event -> {
            if (event.action().equals("approve")) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Story story = desk.create(rita.actor(), nextDraft());
                Story submitted = workflow.submit(rita.actor(), story.id(), story.version());

                List<Object> outcomes = race(pool, List.of(
                        () -> workflow.approve(eda.actor(), story.id(), null),
                        () -> workflow.approve(ed.actor(), story.id(), null)));

                List<Object> approved = outcomes.stream().filter(o -> o instanceof Story).toList();
                List<Object> refused = outcomes.stream().filter(o -> !(o instanceof Story)).toList();
                assertEquals(1, approved.size(), "round " + round + ": " + outcomes);
                assertInstanceOf(StaleVersionException.class, refused.get(0), "round " + round + ": " + outcomes);
                Story stored = desk.get(eda.actor(), story.id());
                assertEquals(StoryStatus.APPROVED, stored.status());
                assertEquals(submitted.version() + 1, stored.version(), "on " + TestDatabase.name());
                assertEquals(approved.get(0), stored);
                assertEquals(1, audit.forStory(story.id()).stream()
                        .filter(e -> e.action().equals("story.approve")).count(), "one audit line");
                assertEquals(stored.version(), revisions.list(story.id()).size(), "one revision per version");
                assertEquals(1, transitions.of(story.id()).stream().filter(e -> e.action().equals("approve")).count());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoSchedulersAtOncePublishEveryDueStoryExactlyOnce() throws Exception {
        Instant due = clock.instant().plus(Duration.ofMinutes(1));
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stories.add(scheduled(due));
        }
        clock.advance(Duration.ofMinutes(1));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes;
        try {
            outcomes = race(pool, List.of(scheduler::publishDue, scheduler::publishDue));
        } finally {
            pool.shutdownNow();
        }

        assertEquals(50, (Integer) outcomes.get(0) + (Integer) outcomes.get(1), "published per scheduler: " + outcomes);
        for (Story story : stories) {
            Story stored = desk.get(eda.actor(), story.id());
            assertEquals(StoryStatus.PUBLISHED, stored.status());
            assertEquals(due, stored.publishedAt());
            assertEquals(story.version() + 1, stored.version(), "moved once");
            assertEquals(1, publishLines(story), "story " + story.id() + " published once, on " + TestDatabase.name());
            assertEquals(1, transitions.of(story.id()).stream().filter(e -> e.action().equals("publish")).count());
            assertEquals(stored.version(), revisions.list(story.id()).size());
        }
        assertTrue(misses.since(due).isEmpty(), "on time: no misses");
        assertEquals(0, scheduler.publishDue(), "nothing left");
    }

    /**
     * What each of two servers sees when both claim the same due story: the one that wins publishes it,
     * the other "finds the story moved and does nothing" (StoryWorkflow.publishIfDue's contract).
     */
    @Test
    void theSchedulerThatLosesTheClaimFindsNothingToDo() throws Exception {
        Instant due = clock.instant().plus(Duration.ofMinutes(1));
        Story story = scheduled(due);
        clock.advance(Duration.ofMinutes(1));
        // the winner holds its transaction open a moment, so the loser reads the story while it is still
        // SCHEDULED and meets the winner at the version-checked write
        transitions.hook(event -> {
            if (event.action().equals("publish")) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes;
        try {
            outcomes = race(pool, List.of(
                    () -> workflow.publishIfDue(story.id(), settings.getAllowedLateness()),
                    () -> workflow.publishIfDue(story.id(), settings.getAllowedLateness())));
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, publishLines(story));
        assertEquals(StoryStatus.PUBLISHED, desk.get(eda.actor(), story.id()).status());
        // The loser's lost claim is an ordinary outcome, not an exception that would mark its transaction
        // rollback-only and log a false error.
        assertEquals(1, outcomes.stream().filter(o -> o instanceof Optional<?> p && p.isPresent()).count(),
                "one publishes: " + outcomes);
        assertEquals(1, outcomes.stream().filter(o -> o instanceof Optional<?> p && p.isEmpty()).count(),
                "the other finds nothing to do: " + outcomes);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    /** A new approved story of Rita's, scheduled by Eda. */
    private Story scheduled(Instant at) {
        Story story = desk.create(rita.actor(), nextDraft());
        story = workflow.submit(rita.actor(), story.id(), story.version());
        story = workflow.approve(eda.actor(), story.id(), story.version());
        return workflow.schedule(eda.actor(), story.id(), at, story.version());
    }

    private news.cms.core.story.StoryContent nextDraft() {
        return draft("Scheduled story " + headlines.incrementAndGet(), "news");
    }

    private List<ScheduleMiss> missesOf(Story story) {
        return misses.since(TestClock.START).stream().filter(m -> m.storyId() == story.id()).toList();
    }

    private long publishLines(Story story) {
        return audit.forStory(story.id()).stream().filter(e -> e.action().equals("story.publish")).count();
    }

    /** Runs the tasks together from one start gate; each outcome is the result or the exception thrown. */
    private static List<Object> race(ExecutorService pool, List<Callable<?>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<?> task : tasks) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return task.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS));
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
