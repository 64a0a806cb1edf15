package news.cms.app.desk;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the desk's session cookie as an access token, on desk paths only: the token is then checked
 * like a bearer token (signature, expiry, {@code AccountStillValid}), while the API keeps accepting
 * bearer headers alone, so a cookie can never make a cross-site request to the API count.
 */
@Singleton
class DeskSessionReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (!DeskCookies.onDesk(request)) {
            return Optional.empty();
        }
        return DeskCookies.read(request, DeskCookies.SESSION);
    }
}
