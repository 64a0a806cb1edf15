package news.cms.app.desk;

import news.cms.core.account.Role;
import news.cms.core.account.User;
import news.cms.core.account.UserProfile;

import java.util.ArrayList;
import java.util.List;

/** What the desk's jte templates (src/main/jte/desk) show; public because the compiled templates read it. */
public final class DeskPages {

    private DeskPages() {
    }

    /** The sign-in form; {@code message} is empty or says why the last attempt failed. */
    public record SignInPage(String csrf, String username, String message) {
    }

    /** A link of the desk's navigation. */
    public record Link(String href, String label) {
    }

    /** Around every signed-in page: who is signed in, what they may open, the sign-out form's token. */
    public record Frame(String displayName, String role, String csrf, List<Link> links) {

        static Frame of(User user, String csrf) {
            List<Link> links = new ArrayList<>();
            links.add(new Link("/desk/stories", "My stories"));
            if (user.role().isEditor()) {
                links.add(new Link("/desk/queue", "Queue"));
            }
            if (user.role() == Role.ADMIN) {
                links.add(new Link("/desk/admin", "Admin"));
            }
            return new Frame(user.displayName(), roleName(user.role()), csrf, List.copyOf(links));
        }
    }

    /** The desk's start page. */
    public record HomePage(Frame frame) {
    }

    /** A row of the admin's list of users. */
    public record UserRow(String username, String displayName, String role, boolean enabled) {

        static UserRow of(UserProfile profile) {
            User user = profile.user();
            return new UserRow(user.username(), user.displayName(), roleName(user.role()), user.enabled());
        }
    }

    /** The admin's screen: every account. */
    public record AdminPage(Frame frame, List<UserRow> users) {
    }

    /** A refusal a person can read: a stale form, a screen their role may not open. */
    public record RefusedPage(String title, String message) {
    }

    static String roleName(Role role) {
        return switch (role) {
            case REPORTER -> "Reporter";
            case EDITOR -> "Editor";
            case ADMIN -> "Admin";
        };
    }
}
