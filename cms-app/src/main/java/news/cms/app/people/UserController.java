package news.cms.app.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;
import news.cms.core.account.NewUser;
import news.cms.core.account.Role;
import news.cms.core.account.UserAccounts;
import news.cms.core.account.UserChanges;
import news.cms.core.account.UserProfile;

import java.net.URI;
import java.util.List;

/** Newsroom accounts: admins manage them and set a new password for whoever lost theirs; anyone signed in changes their own. */
@Controller("/api/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
@SecurityRequirement(name = "bearer")
class UserController {

    /** A user as the API shows it: never the password hash. */
    @Serdeable
    record UserView(long id, String username, String displayName, Role role, boolean enabled, String authorSlug) {
        static UserView of(UserProfile profile) {
            var user = profile.user();
            return new UserView(user.id(), user.username(), user.displayName(), user.role(), user.enabled(),
                    profile.authorSlug());
        }
    }

    @Serdeable
    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    @Serdeable
    record NewPassword(@Nullable String newPassword) {
    }

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Post
    @Operation(summary = "Create a user", description = "With an author profile made from the display name.")
    HttpResponse<UserView> create(@Parameter(hidden = true) Actor actor, @Body NewUser user) {
        UserView created = UserView.of(accounts.create(actor, user));
        return HttpResponse.created(created, URI.create("/api/users/" + created.id()));
    }

    @Get
    List<UserView> list() {
        return accounts.list().stream().map(UserView::of).toList();
    }

    @Get("/{id}")
    UserView get(long id) {
        return UserView.of(accounts.get(id));
    }

    @Patch("/{id}")
    @Operation(summary = "Change a user's display name, role or status",
            description = "A change of role or status ends the user's current sessions.")
    UserView update(@Parameter(hidden = true) Actor actor, long id, @Body UserChanges changes) {
        return UserView.of(accounts.update(actor, id, changes));
    }

    @Put("/{id}/password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password for someone who has lost theirs",
            description = "Their current sessions end. Not for your own account: use /api/users/me/password.")
    void setPassword(@Parameter(hidden = true) Actor actor, long id, @Body NewPassword password) {
        accounts.setPassword(actor, id, password.newPassword());
    }

    @Put("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your own password", description = "Your other sessions end; sign in again.")
    void changePassword(@Parameter(hidden = true) Actor actor, @Body PasswordChange change) {
        accounts.changePassword(actor, change.currentPassword(), change.newPassword());
    }
}
