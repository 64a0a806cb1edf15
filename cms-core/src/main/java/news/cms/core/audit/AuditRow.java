package news.cms.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import news.cms.core.time.UtcTime;


@MappedEntity("audit_event")
record AuditRow(@Id @GeneratedValue Long id, Long at, @Nullable Long actorId, String actorName,
                String action, String subjectType, String subjectId, @Nullable Long storyId,
                @Nullable String fromStatus, @Nullable String toStatus, String detail) {

    AuditEvent toEvent() {
        return new AuditEvent(id, UtcTime.fromRow(at), actorName, action, subjectType + ":" + subjectId, storyId,
                fromStatus, toStatus, detail);
    }
}
