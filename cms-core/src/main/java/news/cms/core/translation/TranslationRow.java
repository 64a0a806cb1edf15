package news.cms.core.translation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("story_translation")
record TranslationRow(@Id long translationId, long originalId, long createdAt) {
}
