package news.cms.editorial.workflow;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.error.ConflictException;
import news.cms.core.error.FieldError;
import news.cms.core.error.ForbiddenException;
import news.cms.core.error.InputChecks;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.error.StaleVersionException;
import news.cms.core.revision.RevisionStore;
import news.cms.core.schedule.ScheduleMisses;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.story.StoryStatus;
import news.cms.core.story.StoryStore;
import news.cms.core.story.StoryTransitioned;
import news.cms.core.time.UtcTime;
import news.cms.editorial.story.StoryAccess;
import news.cms.editorial.story.StoryDesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Moves stories through the workflow: one method per action of {@link WorkflowAction}, for the API,
 * the desk, the scheduler and plugins alike. Each checks who acts (403), the story's state (409,
 * naming the states that allow the action) and the version (409 when someone changed the story
 * first), then in one transaction changes the story, writes its revision and audit line, and
 * publishes a {@link StoryTransitioned} event.
 */
@Singleton
public class StoryWorkflow {

    private static final int MAX_NOTE = 2000;

    private final StoryStore stories;
    private final StoryAccess access;
    private final StoryDesk desk;
    private final RevisionStore revisions;
    private final AuditLog audit;
    private final ScheduleMisses misses;
    private final ApplicationEventPublisher<StoryTransitioned> events;
    private final Clock clock;

    StoryWorkflow(StoryStore stories, StoryAccess access, StoryDesk desk, RevisionStore revisions, AuditLog audit,
                  ScheduleMisses misses, ApplicationEventPublisher<StoryTransitioned> events, Clock clock) {
        this.stories = stories;
        this.access = access;
        this.desk = desk;
        this.revisions = revisions;
        this.audit = audit;
        this.misses = misses;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Story submit(Actor actor, long id, @Nullable Long version) {
        Story story = allowed(actor, id, WorkflowAction.SUBMIT, version);
        return move(actor, story, WorkflowAction.SUBMIT, story.publishedAt(), null, "submitted for review");
    }

    /** Back to the reporter with a note saying what to change. */
    @Transactional
    public Story returnToReporter(Actor actor, long id, String note, @Nullable Long version) {
        Story story = allowed(actor, id, WorkflowAction.RETURN, version);
        String text = required("note", note);
        stories.addNote(id, actor.userId(), text, UtcTime.now(clock));
        return move(actor, story, WorkflowAction.RETURN, story.publishedAt(), null, "returned: " + text);
    }

    @Transactional
    public Story approve(Actor actor, long id, @Nullable Long version) {
        Story story = allowed(actor, id, WorkflowAction.APPROVE, version);
        return move(actor, story, WorkflowAction.APPROVE, story.publishedAt(), null, "approved");
    }

    /** To be published by the server at {@code publishAt}, which must be in the future. */
    @Transactional
    public Story schedule(Actor actor, long id, Instant publishAt, @Nullable Long version) {
        Story story = allowed(actor, id, WorkflowAction.SCHEDULE, version);
        if (publishAt == null) {
            throw new InvalidInputException("publishAt", "is required: when the story should go live");
        }
        if (!publishAt.isAfter(clock.instant())) {
            throw new InvalidInputException("publishAt", "must be in the future; to publish now, use publish");
        }
        Instant at = publishAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        requireAltText(story);
        return move(actor, story, WorkflowAction.SCHEDULE, story.publishedAt(), at, "scheduled for " + at);
    }

    @Transactional
    public Story unschedule(Actor actor, long id, @Nullable Long version) {
        Story story = allowed(actor, id, WorkflowAction.UNSCHEDULE, version);
        return move(actor, story, WorkflowAction.UNSCHEDULE, story.publishedAt(), null,
                "unscheduled (was " + story.scheduledAt() + ")");
    }

    /**
     * Live now, or back-dated to a past {@code publishedAt}. A re-published story keeps its first
     * publish time unless another is given. A future time is refused: that is what schedule is for.
     */
    @Transactional
    public Story publish(Actor actor, long id, @Nullable Instant publishedAt, @Nullable Long version) {
        Story story = allowed(actor, id, WorkflowAction.PUBLISH, version);
        Instant now = UtcTime.now(clock);
        if (publishedAt != null && publishedAt.isAfter(now)) {
            throw new InvalidInputException("publishedAt", "is in the future; to publish later, use schedule with publishAt");
        }
        Instant at = publishedAt != null ? publishedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                : story.publishedAt() != null ? story.publishedAt() : now;
        String detail = publishedAt != null ? "published, back-dated to " + at : "published";
        requireAltText(story);
        return move(actor, story, WorkflowAction.PUBLISH, at, null, detail);
    }

    /**
     * A story goes before readers only with its lead image described: a reader who cannot see the
     * picture is told what it shows (the story's own alt text, or the picture's).
     */
    private static void requireAltText(Story story) {
        if (story.leadImage() != null && !story.leadImage().hasAlt()) {
            throw new ConflictException("The lead image has no alt text: describe what it shows, on the story or on "
                    + "the picture, before the story goes live", List.of(new FieldError("leadImage.alt",
                    "is required before publishing or scheduling: say what the picture shows")));
        }
    }

    /** Taken down from every public output, with the reason on record. */
    @Transactional
    public Story unpublish(Actor actor, long id, String reason, @Nullable Long version) {
        Story story = allowed(actor, id, WorkflowAction.UNPUBLISH, version);
        String why = required("reason", reason);
        return move(actor, story, WorkflowAction.UNPUBLISH, story.publishedAt(), null, "unpublished: " + why);
    }

    /**
     * A published story is put right: a public correction notice, optionally new content, and a new
     * {@code updatedAt}; it stays live.
     */
    @Transactional
    public Story correct(Actor actor, long id, String note, @Nullable StoryContent content, @Nullable Long version) {
        Story story = allowed(actor, id, WorkflowAction.CORRECT, version);
        if (version == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        String text = required("note", note);
        Instant now = UtcTime.now(clock);
        stories.addCorrection(id, text, now);
        Story corrected = content == null
                ? stories.move(id, version, StoryStatus.PUBLISHED, now, story.publishedAt(), null)
                : desk.applyContent(actor, id, version, content);
        return recorded(actor, story, corrected, WorkflowAction.CORRECT, "corrected: " + text);
    }

    /**
     * The scheduler's step: publishes the story if it is still scheduled and its time has come, with
     * its intended publish time. Two servers may try at once; exactly one succeeds, the other finds
     * the story moved and does nothing.
     *
     * @param allowedLateness a story published later than this after its time is recorded as a missed schedule
     * @return the published story, or empty when there was nothing (any more) to do
     */
    @Transactional
    public Optional<Story> publishIfDue(long id, Duration allowedLateness) {
        Story story = stories.find(id).orElse(null);
        Instant now = UtcTime.now(clock);
        if (story == null || story.status() != StoryStatus.SCHEDULED || story.scheduledAt().isAfter(now)) {
            return Optional.empty();
        }
        Instant due = story.scheduledAt();
        Optional<Story> claimed = stories.moveIfAtVersion(id, story.version(), StoryStatus.PUBLISHED, now, due, null);
        if (claimed.isEmpty()) {
            return Optional.empty(); // another server, or an editor, moved it first
        }
        Story published = claimed.get();
        Duration late = Duration.between(due, now);
        if (late.compareTo(allowedLateness) > 0) {
            misses.record(id, due, now);
        }
        return Optional.of(recorded(null, story, published, WorkflowAction.PUBLISH,
                "published on schedule (due " + due + ", " + late.toMillis() + " ms late)"));
    }

    /** Checks who acts, the story's state and the version; returns the story as it is now. */
    private Story allowed(Actor actor, long id, WorkflowAction action, @Nullable Long version) {
        Story story = stories.find(id).orElseThrow(() -> new NotFoundException("No story has the id " + id));
        boolean permitted = switch (action.who()) {
            case AN_EDITOR -> actor.isEditor();
            case ITS_REPORTER_OR_AN_EDITOR -> actor.isEditor() || access.isTheirs(actor, story);
        };
        if (!permitted) {
            throw new ForbiddenException(action.who() == WorkflowAction.Who.AN_EDITOR
                    ? "Only editors may " + action.path() + " a story"
                    : "Only the story's reporters and editors may " + action.path() + " it");
        }
        if (!action.allowedFrom(story.status())) {
            throw new ConflictException("A story that is " + story.status() + " cannot be " + action.done()
                    + "; " + action.path() + " is allowed from " + action.fromList());
        }
        if (version != null && version != story.version()) {
            throw new StaleVersionException(version, story.version());
        }
        return story;
    }

    private Story move(Actor actor, Story story, WorkflowAction action, Instant publishedAt, Instant scheduledAt,
                       String detail) {
        Story moved = stories.move(story.id(), story.version(), action.to(), UtcTime.now(clock), publishedAt, scheduledAt);
        return recorded(actor, story, moved, action, detail);
    }

    private Story recorded(Actor actor, Story before, Story after, WorkflowAction action, String detail) {
        revisions.append(after, actor, detail);
        audit.record(AuditEntry.story(actor, "story." + action.path(), after.id(), before.status().name(),
                after.status().name(), detail));
        events.publishEvent(new StoryTransitioned(after.id(), action.path(), before.status(), after.status(),
                actor == null ? null : actor.username(), UtcTime.now(clock)));
        return after;
    }

    private static String required(String field, String text) {
        InputChecks checks = new InputChecks();
        String clean = checks.required(field, text, MAX_NOTE);
        checks.throwIfAny();
        return clean;
    }
}
