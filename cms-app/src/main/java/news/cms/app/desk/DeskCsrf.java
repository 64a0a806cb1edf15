package news.cms.app.desk;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpRequest;
import news.cms.core.settings.DataDirectory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * CSRF protection of every desk form: a random secret in an HttpOnly cookie, and in each form its
 * HMAC under a server key ({@code <data dir>/desk-csrf-key}, made on first start like the other
 * secrets). A cross-site page can neither read the cookie nor compute the HMAC, so it cannot post a
 * form the server accepts. The secret is renewed at sign-in and dropped at sign-out, so each session
 * has its own token.
 */
@Context
class DeskCsrf {

    static final String FIELD = "csrf";
    private static final String KEY_FILE = "desk-csrf-key";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    DeskCsrf(DataDirectory dataDirectory) {
        this.key = new SecretKeySpec(dataDirectory.secret(KEY_FILE, 32).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The request's secret, when its browser already has one. */
    Optional<String> secret(HttpRequest<?> request) {
        return DeskCookies.read(request, DeskCookies.CSRF);
    }

    String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The value of the forms' hidden field for this secret. */
    String token(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    boolean accepts(HttpRequest<?> request, String submitted) {
        Optional<String> secret = secret(request);
        return secret.isPresent() && submitted != null && MessageDigest.isEqual(
                token(secret.get()).getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
