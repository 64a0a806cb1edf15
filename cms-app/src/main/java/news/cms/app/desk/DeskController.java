package news.cms.app.desk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskPages.HomePage;
import news.cms.app.desk.DeskPages.SignInPage;
import news.cms.app.security.AccessTokens;
import news.cms.app.security.ClientOrigin;
import news.cms.app.security.SignIn;
import news.cms.app.security.SignInRefusedException;
import news.cms.core.account.User;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;

/**
 * The newsroom in a browser, {@code /desk}: sign-in and sign-out with a session cookie, the start
 * page with navigation by role, and the desk's stylesheet. Signed out, only the start page (which is
 * then the sign-in form), the sign-in itself and the stylesheet are open; every form post needs its
 * CSRF token. The screens themselves live in the sub-packages, one per kind of work.
 */
@Controller(DeskCookies.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class DeskController {

    private final SignIn signIn;
    private final AccessTokens tokens;
    private final DeskView view;
    private final ClientOrigin origin;
    private final byte[] stylesheet;

    DeskController(SignIn signIn, AccessTokens tokens, DeskView view, ClientOrigin origin, ResourceResolver resources) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.view = view;
        this.origin = origin;
        this.stylesheet = read(resources, "classpath:desk/desk.css");
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> desk(@Nullable Authentication authentication, @Nullable @QueryValue String next,
                              HttpRequest<?> request) {
        if (authentication == null) {
            return signInForm(request, HttpStatus.OK, "", "", next);
        }
        if (next != null && isDeskPage(next)) {
            return view.seeOther(next);
        }
        User user = view.user(authentication);
        return view.page(request, user, HttpStatus.OK, frame -> view.render("desk/home.jte", new HomePage(frame)));
    }

    @Get(value = "/desk.css", produces = "text/css")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<byte[]> stylesheet() {
        return HttpResponse.ok(stylesheet).contentType("text/css; charset=utf-8");
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> signIn(@Nullable String username, @Nullable String password, @Nullable String csrf,
                                @Nullable String next, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        String typed = username == null ? "" : username.strip();
        if (typed.isEmpty() || password == null || password.isEmpty()) {
            return signInForm(request, HttpStatus.UNAUTHORIZED, typed, "Enter your username and password.", next);
        }
        User user;
        try {
            // Usernames are lowercase by rule, as at the API's /login.
            user = signIn.attempt(typed.toLowerCase(Locale.ROOT), password, origin.address(request));
        } catch (SignInRefusedException refused) {
            if (refused.retryAfter() == null) {
                return signInForm(request, HttpStatus.UNAUTHORIZED, typed, refused.getMessage() + ".", next);
            }
            return signInForm(request, HttpStatus.TOO_MANY_REQUESTS, typed, refused.getMessage() + ".", next)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
        }
        return view.withNewSession(HttpResponse.seeOther(URI.create(next != null && isDeskPage(next) ? next : DeskCookies.PATH)),
                request, tokens.issue(user).getAccessToken());
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> signOut(@Nullable String csrf, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return view.withoutSession(view.seeOther(DeskCookies.PATH), request);
    }

    private MutableHttpResponse<String> signInForm(HttpRequest<?> request, HttpStatus status, String username,
                                                   String message, @Nullable String next) {
        String back = next != null && isDeskPage(next) ? next : "";
        return view.html(request, status, csrf -> view.render("desk/sign-in.jte", new SignInPage(csrf, username, message, back)));
    }

    /** Only a desk page of this server may be the target after sign-in: never another site. */
    private static boolean isDeskPage(String target) {
        return target.startsWith(DeskCookies.PATH + "/") && !target.startsWith("//") && !target.contains("\\")
                && target.chars().noneMatch(Character::isISOControl);
    }

    private static byte[] read(ResourceResolver resources, String path) {
        try (InputStream in = resources.getResourceAsStream(path)
                .orElseThrow(() -> new IllegalStateException(path + " is missing from the build"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
