package news.cms.app.desk.preview;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.settings.DataDirectory;
import news.cms.core.story.Story;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed, expiring links to a story's preview, to share with someone who has no desk account. A link
 * holds the story's id and its expiry, signed with HMAC-SHA256 under the preview key: it cannot be
 * pointed at another story or made to last longer, and it needs no storage. The key is
 * {@code CMS_PREVIEW_SECRET} ({@code cms.preview-secret}), for servers that share one, or else is
 * generated on first start (the bean is made at start for that) into
 * {@code <data dir>/preview-link-key} (owner-only); changing it ends every link. A link lasts {@code cms.preview.lifetime} (48 hours) and cannot be revoked before,
 * except by changing the key; each one made is in the story's audit trail.
 */
@Context
public class PreviewLinks {

    static final String KEY_FILE = "preview-link-key";
    private static final int MIN_SECRET = 32;
    private static final int MAC_BYTES = 32;
    /** story id, expiry (epoch seconds), MAC. */
    private static final int TOKEN_BYTES = Long.BYTES + Long.BYTES + MAC_BYTES;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A genuine link: the story it shows and until when. */
    public record Link(String token, long storyId, Instant expiresAt) {

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final AuditLog audit;
    private final Clock clock;

    PreviewLinks(DataDirectory dataDirectory, @Nullable @Value("${cms.preview-secret:}") String configured,
                 @Value("${cms.preview.lifetime:48h}") Duration lifetime, AuditLog audit, Clock clock) {
        String secret = configured == null || configured.isBlank() ? dataDirectory.secret(KEY_FILE, 32) : configured;
        if (secret.length() < MIN_SECRET) {
            throw new IllegalStateException("CMS_PREVIEW_SECRET must be at least " + MIN_SECRET + " characters long");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalStateException("cms.preview.lifetime must be longer than zero, not " + lifetime);
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.lifetime = lifetime;
        this.audit = audit;
        this.clock = clock;
    }

    /** How long a new link works. */
    public Duration lifetime() {
        return lifetime;
    }

    /** A new link to the story's preview; whoever may read the story may make one (the caller checks). */
    @Transactional
    public Link create(Actor actor, Story story) {
        Link link = sign(story.id(), clock.instant().plus(lifetime));
        audit.record(AuditEntry.story(actor, "story.preview-link", story.id(), null, null,
                "preview link made, valid until " + link.expiresAt()));
        return link;
    }

    /** The link to the story that works until {@code expires} (to the second). */
    Link sign(long storyId, Instant expires) {
        long until = expires.getEpochSecond();
        byte[] token = ByteBuffer.allocate(TOKEN_BYTES).putLong(storyId).putLong(until).put(mac(storyId, until)).array();
        return new Link(ENCODER.encodeToString(token), storyId, Instant.ofEpochSecond(until));
    }

    /**
     * The link a token stands for, expired or not, when it is one this server signed; empty for
     * anything else (mistyped, cut short, changed, signed with another key).
     */
    public Optional<Link> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token == null ? "" : token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != TOKEN_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long storyId = buffer.getLong();
        long expires = buffer.getLong();
        byte[] given = Arrays.copyOfRange(bytes, Long.BYTES * 2, TOKEN_BYTES);
        if (!MessageDigest.isEqual(mac(storyId, expires), given)) {
            return Optional.empty();
        }
        // Re-encoded, so that the link shown is always the canonical form of the token.
        return Optional.of(new Link(ENCODER.encodeToString(bytes), storyId, Instant.ofEpochSecond(expires)));
    }

    private byte[] mac(long storyId, long expiresEpochSecond) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // the purpose first, so that a MAC made under this key for anything else can never pass as a link
            mac.update("cms-preview-link:".getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(ByteBuffer.allocate(Long.BYTES * 2).putLong(storyId).putLong(expiresEpochSecond).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
