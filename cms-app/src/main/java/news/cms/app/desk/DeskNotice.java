package news.cms.app.desk;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one-line notice an action leaves for the page it redirects to ("Story submitted for review"):
 * a short-lived cookie, shown once and then cleared. Its text comes from the server and is escaped
 * like any other, so a planted cookie can at worst show a harmless wrong sentence.
 */
final class DeskNotice {

    static final String COOKIE = "cms_desk_notice";
    private static final int MAX_LENGTH = 300;

    private DeskNotice() {
    }

    static Cookie cookie(DeskCookies cookies, HttpRequest<?> request, String notice) {
        String text = notice.length() > MAX_LENGTH ? notice.substring(0, MAX_LENGTH) : notice;
        return cookies.set(request, COOKIE, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8))).maxAge(60);
    }

    static Optional<String> read(HttpRequest<?> request) {
        try {
            return DeskCookies.read(request, COOKIE)
                    .map(value -> new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8))
                    .filter(text -> !text.isBlank() && text.length() <= MAX_LENGTH);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
