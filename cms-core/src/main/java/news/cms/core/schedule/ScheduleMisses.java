package news.cms.core.schedule;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.time.UtcTime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The record of schedules met late, so the desk can see what went out when it should not have. */
@Singleton
public class ScheduleMisses {

    private final ScheduleMissRepository misses;

    ScheduleMisses(ScheduleMissRepository misses) {
        this.misses = misses;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long storyId, Instant scheduledAt, Instant publishedAt) {
        misses.save(new ScheduleMissRow(null, storyId, UtcTime.toRow(scheduledAt), UtcTime.toRow(publishedAt),
                Duration.between(scheduledAt, publishedAt).toMillis()));
    }

    /** Misses of schedules set for {@code since} or later, most recent first. */
    public List<ScheduleMiss> since(Instant since) {
        return misses.findByScheduledAtGreaterThanEqualsOrderByScheduledAtDesc(UtcTime.toRow(since)).stream()
                .map(row -> new ScheduleMiss(row.storyId(), UtcTime.fromRow(row.scheduledAt()),
                        UtcTime.fromRow(row.publishedAt()), row.lateMillis() / 1000))
                .toList();
    }
}
