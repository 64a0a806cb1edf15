package news.cms.app.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import news.cms.core.settings.DataDirectory;

/**
 * The key that signs and checks access tokens (HS256). Given by {@code CMS_JWT_SECRET} for a cluster
 * that shares one key; otherwise generated on first start into {@code <data dir>/jwt-signing-key}
 * (owner-only), so tokens survive a restart and no key is ever in the code or in git.
 */
@Factory
class JwtSigningKey {

    static final String FILE = "jwt-signing-key";

    /**
     * Declared as the interface: the library's {@code SecretSignature} class is an {@code @EachBean} of
     * configuration entries, and a factory method returning it would inherit that and make no bean.
     */
    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(DataDirectory dataDirectory, @Nullable @Value("${cms.jwt-secret:}") String configured) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        config.setSecret(configured == null || configured.isBlank() ? dataDirectory.secret(FILE, 64) : configured);
        return new SecretSignature(config);
    }
}
