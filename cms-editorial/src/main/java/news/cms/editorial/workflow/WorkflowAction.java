package news.cms.editorial.workflow;

import news.cms.core.story.StoryStatus;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static news.cms.core.story.StoryStatus.APPROVED;
import static news.cms.core.story.StoryStatus.DRAFT;
import static news.cms.core.story.StoryStatus.PUBLISHED;
import static news.cms.core.story.StoryStatus.SCHEDULED;
import static news.cms.core.story.StoryStatus.SUBMITTED;
import static news.cms.core.story.StoryStatus.UNPUBLISHED;

/**
 * The workflow's state machine as one table: each action, who may take it, from which states, to
 * which, and what it records besides the revision and the audit line every action writes.
 * {@code docs/workflow.md} is this table rendered ({@link #markdownTable()}); a test keeps them equal.
 */
public enum WorkflowAction {

    SUBMIT("submit", "submitted", Who.ITS_REPORTER_OR_AN_EDITOR, SUBMITTED, EnumSet.of(DRAFT),
            "-"),
    RETURN("return", "returned", Who.AN_EDITOR, DRAFT, EnumSet.of(SUBMITTED, APPROVED),
            "the note (required), shown to the reporter"),
    APPROVE("approve", "approved", Who.AN_EDITOR, APPROVED, EnumSet.of(SUBMITTED),
            "-"),
    SCHEDULE("schedule", "scheduled", Who.AN_EDITOR, SCHEDULED, EnumSet.of(DRAFT, SUBMITTED, APPROVED),
            "`publishAt` (must be in the future)"),
    UNSCHEDULE("unschedule", "unscheduled", Who.AN_EDITOR, APPROVED, EnumSet.of(SCHEDULED),
            "clears the scheduled time"),
    PUBLISH("publish", "published", Who.AN_EDITOR, PUBLISHED, EnumSet.of(DRAFT, SUBMITTED, APPROVED, SCHEDULED, UNPUBLISHED),
            "`publishedAt`: now, the earlier publish time on a re-publish, or a past time given (back-dated, audited)"),
    UNPUBLISH("unpublish", "unpublished", Who.AN_EDITOR, UNPUBLISHED, EnumSet.of(PUBLISHED),
            "the reason (required); gone from every public output"),
    CORRECT("correct", "corrected", Who.AN_EDITOR, PUBLISHED, EnumSet.of(PUBLISHED),
            "a public correction notice (note required) and a new `updatedAt`; may change content");

    /** Who may take an action, beyond being signed in. */
    public enum Who {
        /** A reporter who created the story or holds a byline on it; editors and admins. */
        ITS_REPORTER_OR_AN_EDITOR("its reporter, editors"),
        /** Editors and admins. */
        AN_EDITOR("editors");

        private final String label;

        Who(String label) {
            this.label = label;
        }
    }

    private final String path;
    private final String done;
    private final Who who;
    private final StoryStatus to;
    private final Set<StoryStatus> from;
    private final String records;

    WorkflowAction(String path, String done, Who who, StoryStatus to, Set<StoryStatus> from, String records) {
        this.path = path;
        this.done = done;
        this.who = who;
        this.to = to;
        this.from = from;
        this.records = records;
    }

    /** The action's name in {@code POST /api/stories/{id}/<name>} and in audit lines ({@code story.<name>}). */
    public String path() {
        return path;
    }

    /** The action in the past tense, for messages: "cannot be approved". */
    public String done() {
        return done;
    }

    public Who who() {
        return who;
    }

    public StoryStatus to() {
        return to;
    }

    public boolean allowedFrom(StoryStatus status) {
        return from.contains(status);
    }

    public String fromList() {
        return from.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The table as it stands in docs/workflow.md. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| action | who | from | to | records |\n|---|---|---|---|---|\n");
        for (WorkflowAction action : values()) {
            table.append("| `").append(action.path).append("` | ").append(action.who.label).append(" | ")
                    .append(action.fromList()).append(" | ").append(action.to).append(" | ")
                    .append(action.records).append(" |\n");
        }
        return table.toString();
    }
}
