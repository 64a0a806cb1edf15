package news.cms.core.story;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A path that leads to a story's address: one it had before, or an imported site's old link. */
@MappedEntity("story_redirect")
record RedirectRow(@Id String path, long storyId, long createdAt) {
}
