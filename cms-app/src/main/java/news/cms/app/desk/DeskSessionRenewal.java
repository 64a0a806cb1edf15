package news.cms.app.desk;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;
import news.cms.app.security.AccessTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Keeps a working person signed in: a desk answer to a session older than {@code renew-after}
 * carries a fresh session cookie, so a reporter writing all shift long never has a save refused
 * (and a story's text sent to a sign-in page) because the token expired under them. Only a session
 * left untouched for the token's whole lifetime (8 hours) ends by itself. The fresh token is made from
 * the one just validated (same user, role, id, credentials version and session id), so nothing is
 * looked up: a password, role or status changed meanwhile has raised the account's version, and the
 * renewed token is refused at the next request like the old one ({@code AccountStillValid}). The
 * token's age ({@code iat}) is on the application's clock, like the time it is compared with.
 */
@ServerFilter({DeskCookies.PATH, DeskCookies.PATH + "/**"})
class DeskSessionRenewal {

    private final AccessTokens tokens;
    private final DeskCookies cookies;
    private final Duration renewAfter;
    private final Clock clock;

    DeskSessionRenewal(AccessTokens tokens, DeskCookies cookies,
                       @Value("${cms.desk.session-renew-after:15m}") Duration renewAfter, Clock clock) {
        this.tokens = tokens;
        this.cookies = cookies;
        this.renewAfter = renewAfter;
        this.clock = clock;
    }

    @ResponseFilter
    void renew(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null || setsSession(response)) {
            return; // signed out, or the answer itself signs in or out
        }
        Instant issued = issuedAt(authentication.getAttributes().get("iat"));
        if (issued != null && issued.plus(renewAfter).isBefore(clock.instant())) {
            response.cookie(cookies.set(request, DeskCookies.SESSION, tokens.renew(authentication).getAccessToken()));
        }
    }

    private static boolean setsSession(MutableHttpResponse<?> response) {
        return response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .anyMatch(cookie -> cookie.startsWith(DeskCookies.SESSION + "="));
    }

    private static Instant issuedAt(Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
