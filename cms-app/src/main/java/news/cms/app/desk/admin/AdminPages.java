package news.cms.app.desk.admin;

import io.micronaut.core.annotation.Nullable;
import news.cms.app.desk.DeskPages;
import news.cms.app.desk.DeskPages.Frame;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.media.PictureViews;
import news.cms.core.account.Role;
import news.cms.core.account.User;
import news.cms.core.account.UserProfile;
import news.cms.core.section.Section;

import java.util.Arrays;
import java.util.List;

/** What the admin console's templates (src/main/jte/desk/admin) show. */
public final class AdminPages {

    private AdminPages() {
    }

    /** A choice of the role select: the enum's name as the value, the desk's word for it as the label. */
    public record RoleOption(String value, String label) {

        /** Every role, in the order of what they may do. */
        public static final List<RoleOption> ALL = Arrays.stream(Role.values())
                .map(role -> new RoleOption(role.name(), DeskPages.roleName(role))).toList();
    }

    /** An account as the admin console lists it. */
    public record UserRow(long id, String username, String displayName, String role, boolean enabled,
                          String authorSlug) {

        static UserRow of(UserProfile profile) {
            User user = profile.user();
            return new UserRow(user.id(), user.username(), user.displayName(), DeskPages.roleName(user.role()),
                    user.enabled(), profile.authorSlug());
        }
    }

    /** Every account. */
    public record UsersPage(Frame frame, List<UserRow> users) {
    }

    /**
     * The form for a new account, with what was typed (never the password) and what was wrong with it.
     *
     * @param role the chosen role's value, or empty
     */
    public record NewUserPage(Frame frame, String username, String displayName, String role, FormErrors errors) {

        public List<RoleOption> roles() {
            return RoleOption.ALL;
        }
    }

    /**
     * One account: its display name and role to change, and its status.
     *
     * @param displayName what the name field shows: the stored name, or what was typed
     * @param role        what the role select shows: the stored role's value, or what was chosen
     * @param self        the admin is looking at their own account
     */
    public record UserPage(Frame frame, UserRow user, String displayName, String role, boolean self,
                           FormErrors errors) {

        public List<RoleOption> roles() {
            return RoleOption.ALL;
        }
    }

    /** Every section, and the form for a new one. */
    public record SectionsPage(Frame frame, List<SectionRow> sections, SectionForm form, FormErrors errors) {
    }

    public record SectionRow(String slug, String title, String description) {

        static SectionRow of(Section section) {
            return new SectionRow(section.slug(), section.title(), section.description() == null ? "" : section.description());
        }
    }

    /** What a section's form holds: what is stored, or what was typed. */
    public record SectionForm(String slug, String title, String description) {
    }

    /** One section's form; {@code slug} is the section's, which the form cannot change. */
    public record SectionPage(Frame frame, String slug, SectionForm form, FormErrors errors) {
    }

    /** Every byline, and the form for a new guest or agency byline. */
    public record AuthorsPage(Frame frame, List<AuthorRow> authors, AuthorForm form, FormErrors errors) {
    }

    /**
     * A byline as the list shows it.
     *
     * @param username the account whose staff profile this is, or empty for a guest or agency byline
     */
    public record AuthorRow(String slug, String name, String username, long userId) {

        public boolean staff() {
            return !username.isEmpty();
        }
    }

    /**
     * What an author's form holds: what is stored, or what was typed.
     *
     * @param photo the photo's picture number in the media library, or empty for none
     */
    public record AuthorForm(String name, String slug, String bio, String photo) {
    }

    /**
     * One byline's form; {@code author} is as stored (its slug cannot change), {@code photo} the stored
     * photo's square as listings show it, or null.
     */
    public record AuthorPage(Frame frame, AuthorRow author, AuthorForm form, FormErrors errors,
                             @Nullable PictureViews.Shown photo) {
    }

    /**
     * An installed plugin as the list shows it.
     *
     * @param failures how often the server stopped it for failing (its recorded trips)
     */
    public record PluginRow(String id, String name, String version, String state, boolean failed, long failures,
                            String lastError) {
    }

    /** The installed plugins and the upload form, with why the last upload was refused. */
    public record PluginsPage(Frame frame, List<PluginRow> plugins, FormErrors errors) {
    }

    /** A name from a plugin's manifest and what it means, in plain words. */
    public record Meaning(String name, String meaning) {
    }

    /**
     * One installed plugin: its manifest, what it asks to do, and its state.
     *
     * @param permissions what it may do, as its manifest asked and the install granted
     * @param lastError   why it failed last, or empty
     */
    public record PluginView(String id, String name, String version, String description, String provider,
                             String requires, String state, boolean enabled, boolean failed, List<Meaning> extensionPoints,
                             List<Meaning> permissions, String sha256, String lastError, String installedAt, long failures) {
    }

    /** One line of a plugin's history: installs, state changes, and the server stopping it. */
    public record HistoryLine(String at, String actor, String action, String detail, boolean failure) {
    }

    /**
     * A plugin's screen.
     *
     * @param problem why the last action on it could not be done (e.g. it would not start), or empty
     */
    public record PluginPage(Frame frame, PluginView plugin, List<HistoryLine> history, String problem) {
    }

    /** The question before a plugin is uninstalled. */
    public record UninstallPage(Frame frame, PluginView plugin) {
    }
}
