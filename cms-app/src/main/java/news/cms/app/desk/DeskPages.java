package news.cms.app.desk;

import news.cms.core.account.Role;
import news.cms.core.account.User;

import java.util.ArrayList;
import java.util.List;

/** What the desk's jte templates (src/main/jte/desk) show; public because the compiled templates read it. */
public final class DeskPages {

    private DeskPages() {
    }

    /** The sign-in form; {@code message} is empty or says why the last attempt failed. */
    public record SignInPage(String csrf, String username, String message, String next) {
    }

    /** A link of the desk's navigation; {@code current} when the page shown is this link's or under it. */
    public record Link(String href, String label, boolean current) {

        static Link to(String href, String label, String path) {
            return new Link(href, label, path.equals(href) || path.startsWith(href + "/"));
        }
    }

    /**
     * Around every signed-in page: who is signed in, what they may open, the CSRF token for the
     * page's forms and the notice the last action left (empty when none).
     */
    public record Frame(String displayName, String role, String csrf, List<Link> links, String notice) {

        static Frame of(User user, String csrf, String path, String notice) {
            List<Link> links = new ArrayList<>();
            links.add(Link.to("/desk/stories", "My stories", path));
            links.add(Link.to("/desk/media", "Media", path));
            links.add(Link.to("/desk/search", "Search", path));
            if (user.role().isEditor()) {
                links.add(Link.to("/desk/queue", "Queue", path));
                links.add(Link.to("/desk/schedule", "Schedule", path));
            }
            if (user.role() == Role.ADMIN) {
                links.add(Link.to("/desk/admin", "Admin", path));
            }
            return new Frame(user.displayName(), roleName(user.role()), csrf, List.copyOf(links), notice);
        }
    }

    /** The desk's start page. */
    public record HomePage(Frame frame) {
    }

    /** Your account: the password form, with what was wrong with the last attempt. */
    public record AccountPage(Frame frame, String username, FormErrors errors) {
    }

    /** A refusal or error a person can read: a stale form, a screen their role may not open. */
    public record RefusedPage(String title, String message) {
    }

    public static String roleName(Role role) {
        return switch (role) {
            case REPORTER -> "Reporter";
            case EDITOR -> "Editor";
            case ADMIN -> "Admin";
        };
    }
}
