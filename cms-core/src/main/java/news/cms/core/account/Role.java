package news.cms.core.account;

/** What a signed-in user may do in the newsroom. */
public enum Role {
    /** Drafts stories and submits them; sees only their own or co-bylined stories. */
    REPORTER,
    /** Reviews, returns, approves, schedules, publishes, corrects and unpublishes any story. */
    EDITOR,
    /** Everything an editor may, plus users, sections and plugins. */
    ADMIN;

    /** Editors and admins both run the desk. */
    public boolean isEditor() {
        return this == EDITOR || this == ADMIN;
    }
}
