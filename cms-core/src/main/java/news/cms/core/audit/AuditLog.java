package news.cms.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.db.FilteredQuery;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;
import news.cms.core.time.UtcTime;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
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
    private final JdbcOperations jdbc;
    private final Clock clock;

    AuditLog(AuditRepository events, JdbcOperations jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
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

    /**
     * Who did what, newest first, narrowed to one story, one user (by username) and a time range
     * when those are given.
     */
    @ReadOnly
    public ResultPage<AuditEvent> search(@Nullable Long storyId, @Nullable String username, @Nullable Instant from,
                                         @Nullable Instant to, PageRequest page) {
        FilteredQuery query = new FilteredQuery("audit_event a");
        if (storyId != null) {
            query.where("a.story_id = ?", storyId);
        }
        if (username != null) {
            query.where("a.actor_name = ?", username);
        }
        if (from != null) {
            query.where("a.at >= ?", UtcTime.toRow(from));
        }
        if (to != null) {
            query.where("a.at < ?", UtcTime.toRow(to));
        }
        List<Long> ids = query.ids(jdbc, "a.id", "a.id DESC", page);
        List<AuditEvent> found = ids.isEmpty() ? List.of() : events.findByIdIn(ids).stream()
                .sorted(Comparator.comparingLong(AuditRow::id).reversed())
                .map(AuditRow::toEvent)
                .toList();
        return new ResultPage<>(found, page.page(), page.size(), query.count(jdbc));
    }

    public List<AuditEvent> forSubject(String subjectType, String subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId).stream()
                .map(AuditRow::toEvent).toList();
    }
}
