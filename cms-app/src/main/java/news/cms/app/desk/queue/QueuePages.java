package news.cms.app.desk.queue;

import news.cms.app.desk.NewsroomTime.When;
import news.cms.app.desk.DeskPages.Frame;
import news.cms.app.desk.FormErrors;
import news.cms.core.story.StoryStatus;
import news.cms.editorial.workflow.WorkflowAction;

import java.util.List;
import java.util.Set;

/** What the queue's and the schedule board's templates (src/main/jte/desk/queue) show. */
public final class QueuePages {

    private QueuePages() {
    }


    /** A story waiting in the queue. */
    public record Row(long id, String headline, String state, String section, String bylines, When waitingSince) {
    }

    /** The queue, one page of it; {@code previous} and {@code next} link the pages around it, or are empty. */
    public record QueuePage(Frame frame, List<Row> rows, long total, String previous, String next) {
    }

    /** The story as readers will see it; {@code bodyHtml} is sanitised by the publishing module. */
    public record Article(String section, String headline, String dek, String bylines, String bodyHtml) {
    }

    /** An editor's note to the reporter. */
    public record Note(When at, String by, String text) {
    }

    /** A line of the story's audit trail; {@code from} and {@code to} are empty when the state did not change. */
    public record AuditLine(When at, String who, String what, String from, String to, String detail) {
    }

    /** What was typed into the review screen's forms, shown again when the service refused it. */
    public record Typed(String note, String reason, String date, String time) {

        public static final Typed NOTHING = new Typed("", "", "", "");
    }

    /**
     * The review screen: the story, its notes and history, and a form for each action its state
     * allows. {@code problem} says why the last action did nothing (a stale form, a state that moved
     * on); {@code errors} what was wrong with what was typed.
     *
     * @param scheduledAt when it goes live, or null
     * @param publicUrl   the path of its public page while it is live, or empty
     */
    public record ReviewPage(Frame frame, long id, long version, String state, String section, When changed,
                             When scheduledAt, When publishedAt, String publicUrl, Article article, List<Note> notes,
                             List<AuditLine> audit, Set<WorkflowAction> actions, String zone, Typed typed,
                             FormErrors errors, String problem) {

        public boolean can(String action) {
            return actions.stream().anyMatch(a -> a.path().equals(action));
        }

        public boolean canAct() {
            return !actions.isEmpty();
        }
    }

    /** The correction form: a public note and the story's headline, dek and body to change. */
    public record CorrectPage(Frame frame, long id, long version, String currentHeadline, String note, String headline,
                              String dek, String body, List<Note> corrections, FormErrors errors, String problem) {
    }

    /** A story that is scheduled. */
    public record Upcoming(long id, String headline, String section, When at) {
    }

    /** A schedule that was met late. */
    public record Missed(long id, String headline, When due, When went, String late) {
    }

    /** The schedule board. */
    public record SchedulePage(Frame frame, String zone, List<Upcoming> upcoming, List<Missed> missed, String missedFor) {
    }

    /** "Submitted", "Approved"…: a state as the desk names it. */
    public static String stateName(StoryStatus status) {
        String name = status.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
