package news.cms.app.desk;

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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskPages.AccountPage;
import news.cms.app.security.AccessTokens;
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.account.UserAccounts;
import news.cms.core.error.InvalidInputException;

import java.util.Objects;

/**
 * Your account, {@code /desk/account}: change your own password (the admin's first task with the
 * printed one). Changing it ends every other session, this one included, so the answer carries a
 * fresh session cookie and CSRF secret: the person stays signed in here and only here.
 */
@Controller(DeskCookies.PATH + "/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class DeskAccountController {

    private final UserAccounts accounts;
    private final AccessTokens tokens;
    private final DeskView view;

    DeskAccountController(UserAccounts accounts, AccessTokens tokens, DeskView view) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> account(Authentication authentication, HttpRequest<?> request) {
        User user = view.user(authentication);
        return form(request, user, HttpStatus.OK, FormErrors.NONE);
    }

    @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> changePassword(Authentication authentication, @Nullable String csrf,
                                        @Nullable String currentPassword, @Nullable String newPassword,
                                        @Nullable String repeatPassword, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        User user = view.user(authentication);
        if (newPassword != null && !newPassword.isEmpty() && !Objects.equals(newPassword, repeatPassword)) {
            return form(request, user, HttpStatus.BAD_REQUEST,
                    FormErrors.of("repeatPassword", "does not match the new password"));
        }
        try {
            accounts.changePassword(new Actor(user.id(), user.username(), user.role()), currentPassword, newPassword);
        } catch (InvalidInputException invalid) {
            return form(request, user, HttpStatus.BAD_REQUEST, FormErrors.of(invalid));
        }
        User changed = accounts.findByUsername(user.username()).orElseThrow();
        return view.withNewSession(view.seeOther(request, DeskCookies.PATH + "/account",
                        "Your password has been changed. Any other sessions you had have been signed out."),
                request, tokens.issue(changed).getAccessToken());
    }

    private HttpResponse<String> form(HttpRequest<?> request, User user, HttpStatus status, FormErrors errors) {
        return view.page(request, user, status, frame -> view.render("desk/account.jte",
                new AccountPage(frame, user.username(), errors)));
    }
}
