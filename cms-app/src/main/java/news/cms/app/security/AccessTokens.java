package news.cms.app.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import news.cms.core.account.User;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues the signed access token (JWT, HS256) of a signed-in user: the API's bearer token and the
 * desk's session cookie carry the same claims, so both are checked by the same validators. Besides
 * the user's id and role, a token carries the account's credentials version ({@link AccountStillValid}
 * refuses it once a change of password, role or status has raised the version) and a random session
 * id, made at sign-in and kept by renewals, to which the desk binds its CSRF tokens.
 */
@Singleton
public class AccessTokens {

    static final String CREDENTIALS_VERSION = "cv";
    static final String SESSION_ID = "sid";

    private final AccessRefreshTokenGenerator tokens;
    private final SecureRandom random = new SecureRandom();

    AccessTokens(AccessRefreshTokenGenerator tokens) {
        this.tokens = tokens;
    }

    /** A new session. */
    public AccessRefreshToken issue(User user) {
        return generate(Authentication.build(user.username(), List.of(user.role().name()), Map.of(
                ActorArgumentBinder.USER_ID, user.id(),
                CREDENTIALS_VERSION, user.credentialsVersion(),
                SESSION_ID, newSessionId())));
    }

    /**
     * A new token for the session of one just validated, with its claims as they were: the desk's
     * session, kept alive. Nothing is looked up: a token revoked while this request ran carries the
     * old credentials version into the new one, which is therefore refused like the old.
     */
    public AccessRefreshToken renew(Authentication validated) {
        Map<String, Object> claims = validated.getAttributes();
        return generate(Authentication.build(validated.getName(), validated.getRoles(), Map.of(
                ActorArgumentBinder.USER_ID, claims.get(ActorArgumentBinder.USER_ID),
                CREDENTIALS_VERSION, claims.get(CREDENTIALS_VERSION),
                SESSION_ID, claims.get(SESSION_ID))));
    }

    /** The session id of a validated token. */
    public static Optional<String> sessionId(Authentication authentication) {
        Object sid = authentication.getAttributes().get(SESSION_ID);
        return sid instanceof String id && !id.isBlank() ? Optional.of(id) : Optional.empty();
    }

    private String newSessionId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private AccessRefreshToken generate(Authentication authentication) {
        return tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("no access token could be generated"));
    }
}
