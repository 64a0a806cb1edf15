package news.cms.app.desk.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.admin.AdminPages.NewUserPage;
import news.cms.app.desk.admin.AdminPages.UserPage;
import news.cms.app.desk.admin.AdminPages.UserRow;
import news.cms.app.desk.admin.AdminPages.UsersPage;
import news.cms.core.account.Actor;
import news.cms.core.account.NewUser;
import news.cms.core.account.User;
import news.cms.core.account.UserAccounts;
import news.cms.core.account.UserChanges;
import news.cms.core.account.UserProfile;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InvalidInputException;

/**
 * The admin console's users: the list ({@code /desk/admin}, also {@code /desk/admin/users}), a new
 * account, and one account's name, role, password and status. {@link UserAccounts} does the checking, including
 * that an admin cannot disable or demote themselves.
 */
@Controller("/desk/admin")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class UsersDeskController {

    private final UserAccounts accounts;
    private final DeskView view;

    UsersDeskController(UserAccounts accounts, DeskView view) {
        this.accounts = accounts;
        this.view = view;
    }

    @Get(uris = {"/", "/users"}, produces = MediaType.TEXT_HTML)
    HttpResponse<String> users(Authentication authentication, HttpRequest<?> request) {
        return view.page(request, view.user(authentication), HttpStatus.OK, frame -> view.render("desk/admin/users.jte",
                new UsersPage(frame, accounts.list().stream().map(UserRow::of).toList())));
    }

    @Get(value = "/users/new", produces = MediaType.TEXT_HTML)
    HttpResponse<String> newUser(Authentication authentication, HttpRequest<?> request) {
        return newUserForm(request, view.user(authentication), HttpStatus.OK, "", "", "", FormErrors.NONE);
    }

    @Post(value = "/users", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> create(@Nullable String csrf, @Nullable String username, @Nullable String displayName,
                                @Nullable String role, @Nullable String password, Actor actor,
                                Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        try {
            UserProfile created = accounts.create(actor, new NewUser(username, password,
                    displayName, Forms.role(role)));
            return view.seeOther(request, "/desk/admin/users/" + created.user().id(), "Account " + created.user().username()
                    + " created, with the author profile " + created.authorSlug() + ".");
        } catch (InvalidInputException | ConflictException e) {
            return newUserForm(request, view.user(authentication), Forms.status(e), Forms.orEmpty(username),
                    Forms.orEmpty(displayName), Forms.orEmpty(role), Forms.errors(e));
        }
    }

    @Get(value = "/users/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> user(long id, Authentication authentication, HttpRequest<?> request) {
        UserProfile profile = accounts.get(id);
        return userPage(request, view.user(authentication), HttpStatus.OK, profile, profile.user().displayName(),
                profile.user().role().name(), FormErrors.NONE);
    }

    @Post(value = "/users/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> update(long id, @Nullable String csrf, @Nullable String displayName, @Nullable String role,
                                Actor actor, Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return change(id, new UserChanges(Forms.orEmpty(displayName), Forms.role(role), null), Forms.orEmpty(displayName),
                Forms.orEmpty(role), "Saved. A change of role signs the person out everywhere.", actor, authentication,
                request);
    }

    @Post(value = "/users/{id}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> setPassword(long id, @Nullable String csrf, @Nullable String newPassword, Actor actor,
                                     Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        try {
            accounts.setPassword(actor, id, newPassword);
            UserProfile profile = accounts.get(id);
            return view.seeOther(request, "/desk/admin/users/" + id, "New password set for " + profile.user().username()
                    + ". Their sessions have ended; pass the password on by a safe channel.");
        } catch (InvalidInputException e) {
            UserProfile profile = accounts.get(id);
            return userPage(request, view.user(authentication), HttpStatus.BAD_REQUEST, profile,
                    profile.user().displayName(), profile.user().role().name(), FormErrors.of(e));
        }
    }

    @Post(value = "/users/{id}/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> disable(long id, @Nullable String csrf, Actor actor, Authentication authentication,
                                 HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return change(id, new UserChanges(null, null, false), null, null,
                "Account disabled: it cannot sign in, and its sessions have ended.", actor, authentication, request);
    }

    @Post(value = "/users/{id}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> enable(long id, @Nullable String csrf, Actor actor, Authentication authentication,
                                HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return change(id, new UserChanges(null, null, true), null, null, "Account enabled: it can sign in again.",
                actor, authentication, request);
    }

    /**
     * Applies the change and returns to the account's page with {@code notice}; a refusal shows the
     * page again with the reason next to the field, and what was typed ({@code typedName},
     * {@code typedRole}; null to show what is stored).
     */
    private HttpResponse<String> change(long id, UserChanges changes, @Nullable String typedName,
                                        @Nullable String typedRole, String notice, Actor actor,
                                        Authentication authentication, HttpRequest<?> request) {
        try {
            accounts.update(actor, id, changes);
            return view.seeOther(request, "/desk/admin/users/" + id, notice);
        } catch (InvalidInputException e) {
            UserProfile profile = accounts.get(id);
            return userPage(request, view.user(authentication), HttpStatus.BAD_REQUEST, profile,
                    typedName == null ? profile.user().displayName() : typedName,
                    typedRole == null ? profile.user().role().name() : typedRole, FormErrors.of(e));
        }
    }

    private HttpResponse<String> newUserForm(HttpRequest<?> request, User user, HttpStatus status, String username,
                                             String displayName, String role, FormErrors errors) {
        return view.page(request, user, status, frame -> view.render("desk/admin/user-new.jte",
                new NewUserPage(frame, username, displayName, role, errors)));
    }

    private HttpResponse<String> userPage(HttpRequest<?> request, User user, HttpStatus status, UserProfile profile,
                                          String displayName, String role, FormErrors errors) {
        return view.page(request, user, status, frame -> view.render("desk/admin/user.jte",
                new UserPage(frame, UserRow.of(profile), displayName, role, profile.user().id() == user.id(), errors)));
    }
}
