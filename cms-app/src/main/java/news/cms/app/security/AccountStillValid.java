package news.cms.app.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import news.cms.core.account.User;
import news.cms.core.account.UserAccounts;

import java.util.Optional;

/**
 * A well-signed, unexpired token is honoured only while its account is enabled and unchanged: a
 * disabled user, or one whose password, role or status changed after the token was issued (the
 * account's credentials version is no longer the token's), gets 401. A token without a session id
 * or a version (made before they existed) is refused too: its owner signs in again.
 */
@Singleton
class AccountStillValid implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final UserAccounts accounts;

    AccountStillValid(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        if (subject == null || !(claims.get(AccessTokens.CREDENTIALS_VERSION) instanceof Number version)
                || !(claims.get(AccessTokens.SESSION_ID) instanceof String)) {
            return false;
        }
        Optional<User> user = accounts.findByUsername(subject.toString());
        return user.isPresent() && user.get().enabled() && user.get().credentialsVersion() == version.longValue();
    }
}
