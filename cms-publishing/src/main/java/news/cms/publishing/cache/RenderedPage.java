package news.cms.publishing.cache;

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
 */
public record RenderedPage(byte[] body, String contentType, String etag, Instant lastModified, DependsOn dependsOn) {

    public static RenderedPage of(String text, String contentType, DependsOn dependsOn, Instant now) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(body, contentType, etagOf(body), now.truncatedTo(ChronoUnit.SECONDS), dependsOn);
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
