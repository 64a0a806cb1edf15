package news.cms.app.desk;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import news.cms.app.desk.DeskPages.Frame;
import news.cms.app.desk.DeskPages.RefusedPage;
import news.cms.core.account.User;
import news.cms.core.account.UserAccounts;
import news.cms.publishing.site.Templates;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * How every desk screen answers: pages rendered from the jte templates under {@code src/main/jte/desk}
 * with the browser's CSRF token and the one-time notice of the last action, form posts checked for
 * that token, and successful posts answered with a redirect (post, redirect, get) so that reloading
 * a page never repeats an action.
 */
@Singleton
public class DeskView {

    private final UserAccounts accounts;
    private final DeskCsrf forgery;
    private final DeskCookies cookies;
    private final Templates templates;

    DeskView(UserAccounts accounts, DeskCsrf forgery, DeskCookies cookies, Templates templates) {
        this.accounts = accounts;
        this.forgery = forgery;
        this.cookies = cookies;
        this.templates = templates;
    }

    /** The signed-in user behind a desk request. */
    public User user(Authentication authentication) {
        // AccountStillValid has just found this account enabled and unchanged.
        return accounts.findByUsername(authentication.getName())
                .orElseThrow(() -> new IllegalStateException("a validated session without its account"));
    }

    /**
     * A signed-in page: {@code render} gets the frame (who is signed in, the navigation, the CSRF
     * token for the page's forms, the notice left by the last action) and returns the HTML.
     */
    public MutableHttpResponse<String> page(HttpRequest<?> request, User user, HttpStatus status,
                                            Function<Frame, String> render) {
        Optional<String> notice = DeskNotice.read(request);
        MutableHttpResponse<String> response = html(request, status,
                csrf -> render.apply(Frame.of(user, csrf, request.getPath(), notice.orElse(""))));
        return notice.isPresent() ? response.cookie(cookies.cleared(request, DeskNotice.COOKIE)) : response;
    }

    /** Renders one of the desk's templates with its page record. */
    public String render(String template, Object page) {
        return templates.render(template, page);
    }

    /**
     * Refuses a form post without this browser's CSRF token with a 403 page; call it first in every
     * handler of a desk form.
     */
    public void requireToken(HttpRequest<?> request, String submitted) {
        if (!forgery.accepts(request, submitted)) {
            throw new ExpiredFormException();
        }
    }

    /** After a successful post: to {@code location}, with a notice the next page shows once. */
    public MutableHttpResponse<String> seeOther(HttpRequest<?> request, String location, String notice) {
        return HttpResponse.<String>seeOther(URI.create(location)).cookie(DeskNotice.cookie(cookies, request, notice));
    }

    /** After a post that leaves nothing to say. */
    public MutableHttpResponse<String> seeOther(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }

    /** A refusal a person can read, inside the desk's frame when someone is signed in. */
    public MutableHttpResponse<String> refused(HttpRequest<?> request, HttpStatus status, String title, String message) {
        return html(request, status, csrf -> templates.render("desk/refused.jte", new RefusedPage(title, message)));
    }

    /**
     * The answer starts a new session in this browser: its access token, and a new CSRF secret with
     * it, so that no form shown before counts afterwards.
     */
    MutableHttpResponse<String> withNewSession(MutableHttpResponse<String> response, HttpRequest<?> request,
                                               String accessToken) {
        return response.cookie(cookies.set(request, DeskCookies.SESSION, accessToken))
                .cookie(cookies.set(request, DeskCookies.CSRF, forgery.newSecret()));
    }

    /** The answer ends this browser's session and drops its CSRF secret. */
    MutableHttpResponse<String> withoutSession(MutableHttpResponse<String> response, HttpRequest<?> request) {
        return response.cookie(cookies.cleared(request, DeskCookies.SESSION))
                .cookie(cookies.cleared(request, DeskCookies.CSRF));
    }

    /** An HTML page whose forms carry the browser's CSRF token; a browser without a secret gets one. */
    MutableHttpResponse<String> html(HttpRequest<?> request, HttpStatus status, Function<String, String> render) {
        Optional<String> secret = forgery.secret(request);
        String current = secret.orElseGet(forgery::newSecret);
        MutableHttpResponse<String> response = HttpResponse.<String>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(render.apply(forgery.token(request, current)));
        return secret.isPresent() ? response : response.cookie(cookies.set(request, DeskCookies.CSRF, current));
    }
}
