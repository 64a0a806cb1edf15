package news.cms.app.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Date;

/**
 * Access tokens' times on the application's {@link Clock}, when they are written (issued, not
 * before, expires) and when they are checked (expired), instead of the library's own reading of the
 * system clock: one clock for the whole token, and tests that move the test clock move the tokens'
 * age too (the desk's renewal, an 8-hour shift's end) without waiting.
 */
final class TokenTimes {

    private TokenTimes() {
    }

    @Singleton
    @Replaces(JWTClaimsSetGenerator.class)
    static class Written extends JWTClaimsSetGenerator {

        private final Clock clock;

        Written(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jwtIdGenerator,
                @Nullable ClaimsAudienceProvider claimsAudienceProvider,
                @Nullable ApplicationConfiguration applicationConfiguration, Clock clock) {
            super(tokenConfiguration, jwtIdGenerator, claimsAudienceProvider, applicationConfiguration);
            this.clock = clock;
        }

        @Override
        protected void populateIat(JWTClaimsSet.Builder builder) {
            builder.issueTime(Date.from(clock.instant()));
        }

        @Override
        protected void populateNbf(JWTClaimsSet.Builder builder) {
            builder.notBeforeTime(Date.from(clock.instant()));
        }

        @Override
        protected void populateExp(JWTClaimsSet.Builder builder, @Nullable Integer expiration) {
            if (expiration != null) {
                builder.expirationTime(Date.from(clock.instant().plusSeconds(expiration)));
            }
        }
    }

    @Singleton
    @Replaces(ExpirationJwtClaimsValidator.class)
    static class Checked<T> extends ExpirationJwtClaimsValidator<T> {

        private final Clock clock;

        Checked(Clock clock) {
            this.clock = clock;
        }

        /** Every token this server issues expires; one that does not was not made here. */
        @Override
        protected boolean validate(JWTClaimsSet claims) {
            Date expires = claims.getExpirationTime();
            return expires != null && expires.toInstant().isAfter(clock.instant());
        }
    }
}
