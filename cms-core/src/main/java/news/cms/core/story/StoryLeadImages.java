package news.cms.core.story;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import news.cms.core.media.MediaUsage;

import java.util.List;

/** A picture that is a story's lead image cannot be deleted, whatever the story's state. */
@Singleton
class StoryLeadImages implements MediaUsage {

    private final StoryRepository stories;

    StoryLeadImages(StoryRepository stories) {
        this.stories = stories;
    }

    @Override
    @ReadOnly
    public List<String> usesOf(long mediaId) {
        return stories.withLeadImage(mediaId).stream()
                .map(story -> "the lead image of story " + story.id() + ", \"" + story.headline() + "\"")
                .toList();
    }
}
