package news.cms.core.metadata;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("story_metadata")
record MetadataRow(@Id @GeneratedValue Long id, long storyId, String source, String metaKey, String metaValue,
                   long updatedAt) {
}
