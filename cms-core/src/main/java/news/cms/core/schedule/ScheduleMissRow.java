package news.cms.core.schedule;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("schedule_miss")
record ScheduleMissRow(@Id @GeneratedValue Long id, long storyId, long scheduledAt, long publishedAt, long lateMillis) {
}
