package news.cms.app.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import news.cms.core.account.User;

import java.util.List;
import java.util.Map;

/**
 * Issues the signed access token (JWT, HS256) of a signed-in user: the API's bearer token and the
 * desk's session cookie carry the same claims, so both are checked by the same validators.
 */
@Singleton
public class AccessTokens {

    private final AccessRefreshTokenGenerator tokens;

    AccessTokens(AccessRefreshTokenGenerator tokens) {
        this.tokens = tokens;
    }

    public AccessRefreshToken issue(User user) {
        return generate(Authentication.build(user.username(), List.of(user.role().name()),
                Map.of(ActorArgumentBinder.USER_ID, user.id())));
    }

    /** A new token for the same user, role and id as one just validated: the desk's session, kept alive. */
    public AccessRefreshToken renew(Authentication validated) {
        return generate(Authentication.build(validated.getName(), validated.getRoles(),
                Map.of(ActorArgumentBinder.USER_ID, validated.getAttributes().get(ActorArgumentBinder.USER_ID))));
    }

    private AccessRefreshToken generate(Authentication authentication) {
        return tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("no access token could be generated"));
    }
}
