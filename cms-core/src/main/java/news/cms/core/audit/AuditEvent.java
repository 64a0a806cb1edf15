package news.cms.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to which thing, when, and for stories from which state to
 * which.
 *
 * @param actor      the username, or {@code system} for the server's own work (bootstrap, scheduler)
 * @param action     what was done, such as {@code story.create} or {@code user.disable}
 * @param subject    what it was done to, such as {@code story:42} or {@code user:rita}
 */
@Serdeable
public record AuditEvent(long id, Instant at, String actor, String action, String subject,
                         @Nullable Long storyId, @Nullable String fromStatus, @Nullable String toStatus,
                         String detail) {
}
