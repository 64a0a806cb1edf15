package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;


@MappedEntity("story")
record StoryRow(@Id @GeneratedValue Long id, String slug, String headline, String dek, String body, long sectionId,
                String language, String status, long version, long createdBy, Long createdAt,
                Long updatedAt, @Nullable Long publishedAt, @Nullable Long scheduledAt, @Nullable String address) {
}
