package news.cms.plugin.api.story;

/** Where a story stands in the newsroom's workflow. */
public enum StoryStatus {
    /** Being written. */
    DRAFT,
    /** Handed to the editors for review. */
    SUBMITTED,
    /** Passed review; waiting to be scheduled or published. */
    APPROVED,
    /** Will be published at its scheduled time. */
    SCHEDULED,
    /** Live on the public site (once its publish time has come). */
    PUBLISHED,
    /** Taken down from every public output. */
    UNPUBLISHED
}
