package news.cms.app.desk;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import news.cms.app.security.ClientOrigin;

import java.util.Optional;

/**
 * The desk's cookies: the session (the signed access token), the CSRF secret and the one-time
 * notice. All are HttpOnly, SameSite=Lax, limited to {@code /desk} (the API never receives them) and
 * Secure when the request came over HTTPS, directly or through a trusted proxy that says so
 * ({@link ClientOrigin}).
 */
@Singleton
class DeskCookies {

    static final String PATH = "/desk";
    static final String SESSION = "cms_desk_session";
    static final String CSRF = "cms_desk_csrf";

    private final ClientOrigin origin;

    DeskCookies(ClientOrigin origin) {
        this.origin = origin;
    }

    /** Whether the request is for the desk: its pages, forms and stylesheet. */
    static boolean onDesk(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    static Optional<String> read(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    Cookie set(HttpRequest<?> request, String name, String value) {
        return Cookie.of(name, value).path(PATH).httpOnly(true).sameSite(SameSite.Lax).secure(origin.overHttps(request));
    }

    Cookie cleared(HttpRequest<?> request, String name) {
        return set(request, name, "").maxAge(0);
    }
}
