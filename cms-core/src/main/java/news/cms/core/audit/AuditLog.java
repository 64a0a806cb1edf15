package news.cms.core.audit;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.time.UtcTime;

import java.time.Clock;
import java.util.List;

/**
 * The append-only audit trail. {@link #record} joins the caller's transaction, so an audit line is
 * written if and only if the change it describes is.
 */
@Singleton
public class AuditLog {

    /** The actor name of the server's own work. */
    public static final String SYSTEM = "system";
    private static final int MAX_DETAIL = 2000;

    private final AuditRepository events;
    private final Clock clock;

    AuditLog(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(AuditEntry entry) {
        String detail = entry.detail().length() > MAX_DETAIL ? entry.detail().substring(0, MAX_DETAIL) : entry.detail();
        AuditRow row = events.save(new AuditRow(null, UtcTime.toRow(UtcTime.now(clock)),
                entry.actor() == null ? null : entry.actor().userId(),
                entry.actor() == null ? SYSTEM : entry.actor().username(),
                entry.action(), entry.subjectType(), entry.subjectId(), entry.storyId(), entry.fromStatus(),
                entry.toStatus(), detail));
        return row.toEvent();
    }

    public List<AuditEvent> forStory(long storyId) {
        return events.findByStoryIdOrderByIdAsc(storyId).stream().map(AuditRow::toEvent).toList();
    }

    public List<AuditEvent> forSubject(String subjectType, String subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId).stream()
                .map(AuditRow::toEvent).toList();
    }
}
