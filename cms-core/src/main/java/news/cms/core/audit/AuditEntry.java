package news.cms.core.audit;

import io.micronaut.core.annotation.Nullable;
import news.cms.core.account.Actor;

/** An audit line about to be written; {@link AuditLog} stamps the time. */
public record AuditEntry(@Nullable Actor actor, String action, String subjectType, String subjectId,
                         @Nullable Long storyId, @Nullable String fromStatus, @Nullable String toStatus,
                         String detail) {

    public static AuditEntry of(@Nullable Actor actor, String action, String subjectType, Object subjectId, String detail) {
        return new AuditEntry(actor, action, subjectType, String.valueOf(subjectId), null, null, null, detail);
    }

    public static AuditEntry story(Actor actor, String action, long storyId, @Nullable String fromStatus,
                                   @Nullable String toStatus, String detail) {
        return new AuditEntry(actor, action, "story", String.valueOf(storyId), storyId, fromStatus, toStatus, detail);
    }
}
