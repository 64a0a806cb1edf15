package news.cms.app.desk;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.util.Optional;

/**
 * The desk's two cookies: the session (the signed access token) and the CSRF secret. Both are
 * HttpOnly, SameSite=Lax, limited to {@code /desk} (the API never receives them) and Secure when the
 * request came over HTTPS, directly or through a proxy that says so.
 */
final class DeskCookies {

    static final String PATH = "/desk";
    static final String SESSION = "cms_desk_session";
    static final String CSRF = "cms_desk_csrf";

    private DeskCookies() {
    }

    /** Whether the request is for the desk: its pages, forms and stylesheet. */
    static boolean onDesk(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    static Optional<String> read(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    static Cookie set(HttpRequest<?> request, String name, String value) {
        return Cookie.of(name, value).path(PATH).httpOnly(true).sameSite(SameSite.Lax).secure(overHttps(request));
    }

    static Cookie cleared(HttpRequest<?> request, String name) {
        return set(request, name, "").maxAge(0);
    }

    private static boolean overHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
