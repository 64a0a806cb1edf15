package news.cms.core.story;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import news.cms.core.media.MediaUsage;

import java.util.List;

/**
 * Stories show pictures in their bodies as {@code ![alt](media:ID)}: a picture a body names cannot be
 * deleted, or the page would lose it (whatever the story's state: a draft would lose it on publishing).
 */
@Singleton
class StoryBodyPictures implements MediaUsage {

    private final StoryRepository stories;

    StoryBodyPictures(StoryRepository stories) {
        this.stories = stories;
    }

    @Override
    @ReadOnly
    public List<String> usesOf(long mediaId) {
        return stories.withBodyLike("%](media:" + mediaId + ")%", "%](media:" + mediaId + " %").stream()
                .map(story -> "the body of story " + story.id() + ", \"" + story.headline() + "\"")
                .toList();
    }
}
