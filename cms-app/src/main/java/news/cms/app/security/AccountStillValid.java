package news.cms.app.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import news.cms.core.account.User;
import news.cms.core.account.UserAccounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;

/**
 * A well-signed, unexpired token is honoured only while its account is enabled and unchanged: a
 * disabled user, or one whose password or role changed after the token was issued, gets 401.
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
        Instant issuedAt = instant(claims.get(Claims.ISSUED_AT));
        if (subject == null || issuedAt == null) {
            return false;
        }
        Optional<User> user = accounts.findByUsername(subject.toString());
        // iat has whole seconds: a token issued in the same second as the change still counts.
        return user.isPresent() && user.get().enabled()
                && !issuedAt.isBefore(user.get().credentialsChangedAt().truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant instant(Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
