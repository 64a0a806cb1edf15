package news.cms.core.schedule;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A scheduled story the server published later than allowed (it was down, say), and by how much. */
@Serdeable
public record ScheduleMiss(long storyId, Instant scheduledAt, Instant publishedAt, long lateSeconds) {
}
