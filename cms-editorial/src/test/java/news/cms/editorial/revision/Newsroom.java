package news.cms.editorial.revision;

import news.cms.core.account.Actor;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.account.NewUser;
import news.cms.core.account.Role;
import news.cms.core.account.UserAccounts;
import news.cms.core.account.UserProfile;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.author.AuthorDraft;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.section.SectionDraft;

/**
 * The people and places a revision test needs, made through the same services the admin screens use:
 * accounts (each with its own byline), guest bylines and sections.
 */
final class Newsroom {

    private final UserAccounts accounts;
    private final AuthorDirectory authors;
    private final SectionDirectory sections;
    private final Actor admin;

    Newsroom(UserAccounts accounts, AuthorDirectory authors, SectionDirectory sections) {
        this.accounts = accounts;
        this.authors = authors;
        this.sections = sections;
        long adminId = accounts.findByUsername(AdminBootstrap.USERNAME).orElseThrow().id();
        this.admin = new Actor(adminId, AdminBootstrap.USERNAME, Role.ADMIN);
    }

    /** A staff member signed in: who they are to the desk, and the slug of their own byline. */
    record Staff(Actor actor, String bylineSlug) {
    }

    Actor admin() {
        return admin;
    }

    Staff hire(String username, String displayName, Role role) {
        UserProfile profile = accounts.create(admin, new NewUser(username, "Pass-for-" + username + "-123",
                displayName, role));
        return new Staff(new Actor(profile.user().id(), username, role), profile.authorSlug());
    }

    /** A guest or agency byline without an account. */
    Author guest(String name) {
        return authors.create(admin, new AuthorDraft(name, null, "Contributor"), null);
    }

    Section section(String slug, String title) {
        return sections.create(admin, new SectionDraft(slug, title, title + " from the newsroom"));
    }
}
