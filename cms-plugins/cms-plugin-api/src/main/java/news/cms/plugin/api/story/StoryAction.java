package news.cms.plugin.api.story;

/** What happened to a story in the workflow. */
public enum StoryAction {
    /** DRAFT → SUBMITTED: handed to the editors. */
    SUBMITTED,
    /** Back to DRAFT with an editor's note. */
    RETURNED,
    /** SUBMITTED → APPROVED. */
    APPROVED,
    /** Set to go live at a future time. */
    SCHEDULED,
    /** SCHEDULED → APPROVED. */
    UNSCHEDULED,
    /** Live, by an editor or on schedule. */
    PUBLISHED,
    /** A live story was put right, with a public correction notice. */
    CORRECTED,
    /** Taken down from every public output. */
    UNPUBLISHED
}
