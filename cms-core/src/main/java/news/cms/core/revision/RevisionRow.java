package news.cms.core.revision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;


@MappedEntity("revision")
record RevisionRow(@Id @GeneratedValue Long id, long storyId, long number, Long createdAt,
                   @Nullable Long createdBy, String summary, String snapshot) {
}
