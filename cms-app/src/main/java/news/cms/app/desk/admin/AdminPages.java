package news.cms.app.desk.admin;

import news.cms.app.desk.DeskPages;
import news.cms.app.desk.DeskPages.Frame;
import news.cms.core.account.User;
import news.cms.core.account.UserProfile;

import java.util.List;

/** What the admin console's templates (src/main/jte/desk/admin) show. */
public final class AdminPages {

    private AdminPages() {
    }

    /** A row of the list of users. */
    public record UserRow(String username, String displayName, String role, boolean enabled) {

        static UserRow of(UserProfile profile) {
            User user = profile.user();
            return new UserRow(user.username(), user.displayName(), DeskPages.roleName(user.role()), user.enabled());
        }
    }

    /** Every account. */
    public record UsersPage(Frame frame, List<UserRow> users) {
    }
}
