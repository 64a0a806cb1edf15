package news.cms.editorial.workflow;

import news.cms.core.account.Actor;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.account.NewUser;
import news.cms.core.account.Role;
import news.cms.core.account.UserAccounts;
import news.cms.core.account.UserProfile;
import news.cms.core.section.SectionDirectory;
import news.cms.core.section.SectionDraft;
import news.cms.core.story.StoryContent;
import news.cms.core.testing.TestDatabase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What workflow and scheduler tests share: a context with the {@link TestClock} and a scheduler that
 * does not look on its own (the tests call {@code publishDue()}), and the staff and sections of a newsroom.
 */
public final class WorkflowFixture {

    private final UserAccounts accounts;
    private final SectionDirectory sections;
    private final Actor admin;

    public WorkflowFixture(UserAccounts accounts, SectionDirectory sections) {
        this.accounts = accounts;
        this.sections = sections;
        long adminId = accounts.findByUsername(AdminBootstrap.USERNAME).orElseThrow().id();
        this.admin = new Actor(adminId, AdminBootstrap.USERNAME, Role.ADMIN);
    }

    /**
     * A clean database, the test clock and its event recorder, and the background scheduler's next
     * look an hour away (its first, at start-up, finds nothing to do).
     */
    public static Map<String, String> properties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("test.clock", "true");
        props.put("cms.schedule.poll", "1h");
        return props;
    }

    /** A staff member signed in, and the slug of their own byline. */
    public record Staff(Actor actor, String bylineSlug) {
        public String username() {
            return actor.username();
        }
    }

    public Staff reporter(String username, String displayName) {
        return hire(username, displayName, Role.REPORTER);
    }

    public Staff editor(String username, String displayName) {
        return hire(username, displayName, Role.EDITOR);
    }

    private Staff hire(String username, String displayName, Role role) {
        UserProfile profile = accounts.create(admin, new NewUser(username, "Pass-for-" + username + "-123",
                displayName, role));
        return new Staff(new Actor(profile.user().id(), username, role), profile.authorSlug());
    }

    public void section(String slug, String title) {
        sections.create(admin, new SectionDraft(slug, title, title + " from the newsroom"));
    }

    /** A plain draft with the writer's own byline. */
    public static StoryContent draft(String headline, String section) {
        return new StoryContent(headline, "A dek for " + headline, "Body of " + headline, section, null, null, null);
    }

    public static StoryContent draft(String headline, String section, List<String> bylines) {
        return new StoryContent(headline, "A dek for " + headline, "Body of " + headline, section, bylines, null, null);
    }
}
