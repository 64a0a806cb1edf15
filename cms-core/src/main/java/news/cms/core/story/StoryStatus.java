package news.cms.core.story;

/** Where a story stands in the newsroom's workflow. */
public enum StoryStatus {
    /** Being written; only its reporters and editors see it. */
    DRAFT,
    /** Handed to the editors for review. */
    SUBMITTED,
    /** Passed review; waiting to be scheduled or published. */
    APPROVED,
    /** Will be published by the server at its scheduled time. */
    SCHEDULED,
    /** Live on the public site (once its publish time has come). */
    PUBLISHED,
    /** Taken down; gone from every public output. */
    UNPUBLISHED
}
