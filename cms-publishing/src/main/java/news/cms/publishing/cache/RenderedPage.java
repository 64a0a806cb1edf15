package news.cms.publishing.cache;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * One public page as sent: its body, encoded once (a cached page is written as it is, never
 * re-encoded per request), its content type, an ETag that is a digest of the bytes (equal bytes,
 * equal tag, whichever server or restart rendered them), when it was rendered, and what it depends on.
 * A redirect is a page too, with no body: {@code location} is where it sends the reader.
 */
public record RenderedPage(byte[] body, String contentType, String etag, Instant lastModified, DependsOn dependsOn,
                           @Nullable String location) {

    public static RenderedPage of(String text, String contentType, DependsOn dependsOn, Instant now) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(body, contentType, etagOf(body), now.truncatedTo(ChronoUnit.SECONDS), dependsOn, null);
    }

    /** A permanent redirect to {@code location}, a path of the site. */
    public static RenderedPage redirect(String location, DependsOn dependsOn, Instant now) {
        return new RenderedPage(new byte[0], "text/html;charset=utf-8", etagOf(location.getBytes(StandardCharsets.UTF_8)),
                now.truncatedTo(ChronoUnit.SECONDS), dependsOn, location);
    }

    public boolean isRedirect() {
        return location != null;
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
