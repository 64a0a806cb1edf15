package news.cms.editorial.story;

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
import news.cms.core.story.StoryContent;

import java.util.List;

/**
 * The people and places an editorial test needs, made through the same services the admin screens
 * use: accounts (each with its own byline), guest bylines and sections.
 */
public final class Newsroom {

    private final UserAccounts accounts;
    private final AuthorDirectory authors;
    private final SectionDirectory sections;
    private final Actor admin;

    public Newsroom(UserAccounts accounts, AuthorDirectory authors, SectionDirectory sections) {
        this.accounts = accounts;
        this.authors = authors;
        this.sections = sections;
        long adminId = accounts.findByUsername(AdminBootstrap.USERNAME).orElseThrow().id();
        this.admin = new Actor(adminId, AdminBootstrap.USERNAME, Role.ADMIN);
    }

    /** A staff member signed in: who they are to the desk, and the slug of their own byline. */
    public record Staff(Actor actor, String bylineSlug, String displayName) {
        public String username() {
            return actor.username();
        }
    }

    public Actor admin() {
        return admin;
    }

    public Staff reporter(String username, String displayName) {
        return hire(username, displayName, Role.REPORTER);
    }

    public Staff editor(String username, String displayName) {
        return hire(username, displayName, Role.EDITOR);
    }

    public Staff hire(String username, String displayName, Role role) {
        UserProfile profile = accounts.create(admin, new NewUser(username, "Pass-for-" + username + "-123",
                displayName, role));
        return new Staff(new Actor(profile.user().id(), username, role), profile.authorSlug(), displayName);
    }

    /** A guest or agency byline without an account. */
    public Author guest(String name) {
        return authors.create(admin, new AuthorDraft(name, null, "Contributor"), null);
    }

    public Section section(String slug, String title) {
        return sections.create(admin, new SectionDraft(slug, title, title + " from the newsroom"));
    }

    /** A plain draft in a section, with the writer's own byline, no tags and the default language. */
    public static StoryContent draft(String headline, String section) {
        return new StoryContent(headline, "A dek for " + headline, "Body of " + headline, section, null, null, null);
    }

    public static StoryContent draft(String headline, String section, List<String> bylines) {
        return new StoryContent(headline, "A dek for " + headline, "Body of " + headline, section, bylines, null, null);
    }
}
