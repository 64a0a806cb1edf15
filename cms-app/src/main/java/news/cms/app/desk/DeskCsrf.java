package news.cms.app.desk;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import news.cms.app.security.AccessTokens;
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
 * CSRF protection of every desk form. The browser holds a random secret in an HttpOnly cookie; each
 * form carries an HMAC under a server key ({@code <data dir>/desk-csrf-key}, made on first start like
 * the other secrets) of that secret together with the signed-in session's id (the {@code sid} claim of
 * the session token, kept by renewals), or, signed out, of the secret alone under another purpose. A
 * cross-site page can neither read the cookies nor compute the HMAC; and a cookie-and-token pair taken
 * from one visit is worthless in another session, even where a sibling subdomain can plant the cookie.
 * The secret is renewed at sign-in and dropped at sign-out.
 */
@Context
class DeskCsrf {

    static final String FIELD = "csrf";
    private static final String KEY_FILE = "desk-csrf-key";
    /** What a token is for, so that no token made for one case counts in another. */
    private static final String SIGNED_IN = "desk-form\n";
    private static final String SIGNED_OUT = "desk-sign-in\n";

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

    /** The value of the forms' hidden field for this secret, in the request's session (or none). */
    String token(HttpRequest<?> request, String secret) {
        Optional<String> session = request.getUserPrincipal(Authentication.class).flatMap(AccessTokens::sessionId);
        String message = session.map(sid -> SIGNED_IN + sid + "\n" + secret).orElse(SIGNED_OUT + secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    boolean accepts(HttpRequest<?> request, String submitted) {
        Optional<String> secret = secret(request);
        return secret.isPresent() && submitted != null && MessageDigest.isEqual(
                token(request, secret.get()).getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
