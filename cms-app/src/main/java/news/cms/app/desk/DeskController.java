package news.cms.app.desk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskPages.AdminPage;
import news.cms.app.desk.DeskPages.Frame;
import news.cms.app.desk.DeskPages.HomePage;
import news.cms.app.desk.DeskPages.RefusedPage;
import news.cms.app.desk.DeskPages.SignInPage;
import news.cms.app.desk.DeskPages.UserRow;
import news.cms.app.security.AccessTokens;
import news.cms.app.security.SignIn;
import news.cms.app.security.SignInRefusedException;
import news.cms.core.account.Role;
import news.cms.core.account.User;
import news.cms.core.account.UserAccounts;
import news.cms.publishing.site.Templates;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The newsroom in a browser, {@code /desk}: sign-in and sign-out with a session cookie, the start
 * page with navigation by role, the admin's list of users. Signed out, only the start page (which is
 * then the sign-in form) and the sign-in itself are open; every form post needs its CSRF token.
 */
@Controller(DeskCookies.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class DeskController {

    private final SignIn signIn;
    private final AccessTokens tokens;
    private final UserAccounts accounts;
    private final DeskCsrf forgery;
    private final Templates templates;
    private final HttpClientAddressResolver addresses;

    DeskController(SignIn signIn, AccessTokens tokens, UserAccounts accounts, DeskCsrf forgery, Templates templates,
                   HttpClientAddressResolver addresses) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.accounts = accounts;
        this.forgery = forgery;
        this.templates = templates;
        this.addresses = addresses;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> desk(@Nullable Authentication authentication, HttpRequest<?> request) {
        if (authentication == null) {
            return signInForm(request, HttpStatus.OK, "", "");
        }
        User user = signedIn(authentication);
        return page(request, HttpStatus.OK, csrf -> templates.render("desk/home.jte", new HomePage(Frame.of(user, csrf))));
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> signIn(@Nullable String username, @Nullable String password, @Nullable String csrf,
                                HttpRequest<?> request) {
        if (!forgery.accepts(request, csrf)) {
            return staleForm(request);
        }
        String typed = username == null ? "" : username.strip();
        if (typed.isEmpty() || password == null || password.isEmpty()) {
            return signInForm(request, HttpStatus.UNAUTHORIZED, typed, "Enter your username and password.");
        }
        User user;
        try {
            // Usernames are lowercase by rule, as at the API's /login.
            user = signIn.attempt(typed.toLowerCase(Locale.ROOT), password, String.valueOf(addresses.resolve(request)));
        } catch (SignInRefusedException refused) {
            if (refused.retryAfter() == null) {
                return signInForm(request, HttpStatus.UNAUTHORIZED, typed, refused.getMessage() + ".");
            }
            return signInForm(request, HttpStatus.TOO_MANY_REQUESTS, typed, refused.getMessage() + ".")
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, refused.retryAfter().toSeconds())));
        }
        // A new CSRF secret with the new session: a token seen before signing in is worth nothing after.
        return HttpResponse.<String>seeOther(URI.create(DeskCookies.PATH))
                .cookie(DeskCookies.set(request, DeskCookies.SESSION, tokens.issue(user).getAccessToken()))
                .cookie(DeskCookies.set(request, DeskCookies.CSRF, forgery.newSecret()));
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> signOut(@Nullable String csrf, HttpRequest<?> request) {
        if (!forgery.accepts(request, csrf)) {
            return staleForm(request);
        }
        return HttpResponse.<String>seeOther(URI.create(DeskCookies.PATH))
                .cookie(DeskCookies.cleared(request, DeskCookies.SESSION))
                .cookie(DeskCookies.cleared(request, DeskCookies.CSRF));
    }

    @Get(value = "/admin", produces = MediaType.TEXT_HTML)
    HttpResponse<String> admin(Authentication authentication, HttpRequest<?> request) {
        User user = signedIn(authentication);
        if (user.role() != Role.ADMIN) {
            // Checked here rather than by @Secured so that the refusal is a page, not problem+json.
            return refused(request, HttpStatus.FORBIDDEN, new RefusedPage("Admins only",
                    "The admin screens are for admins. Ask one if you need a change to users or sections."));
        }
        return page(request, HttpStatus.OK, csrf -> templates.render("desk/admin.jte", new AdminPage(
                Frame.of(user, csrf), accounts.list().stream().map(UserRow::of).toList())));
    }

    private User signedIn(Authentication authentication) {
        // AccountStillValid has just found this account enabled and unchanged.
        return accounts.findByUsername(authentication.getName())
                .orElseThrow(() -> new IllegalStateException("a validated session without its account"));
    }

    private MutableHttpResponse<String> signInForm(HttpRequest<?> request, HttpStatus status, String username,
                                                   String message) {
        return page(request, status, csrf -> templates.render("desk/sign-in.jte", new SignInPage(csrf, username, message)));
    }

    private MutableHttpResponse<String> staleForm(HttpRequest<?> request) {
        return refused(request, HttpStatus.FORBIDDEN, new RefusedPage("This form has expired",
                "The form was missing its security token or it no longer matches. Open the desk and try again."));
    }

    private MutableHttpResponse<String> refused(HttpRequest<?> request, HttpStatus status, RefusedPage refusal) {
        return page(request, status, csrf -> templates.render("desk/refused.jte", refusal));
    }

    /** An HTML page whose forms carry the browser's CSRF token; a browser without a secret gets one. */
    private MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, Function<String, String> render) {
        Optional<String> secret = forgery.secret(request);
        String current = secret.orElseGet(forgery::newSecret);
        MutableHttpResponse<String> response = HttpResponse.<String>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(render.apply(forgery.token(current)));
        return secret.isPresent() ? response : response.cookie(DeskCookies.set(request, DeskCookies.CSRF, current));
    }
}
