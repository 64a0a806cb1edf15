package news.cms.plugins.context;

import news.cms.core.story.PublishedStories;
import news.cms.core.story.StoryStore;
import news.cms.plugin.api.story.StoryReader;
import news.cms.plugin.api.story.StoryView;

import java.time.Clock;
import java.util.Optional;

/**
 * Stories as a plugin may read them: live ones through {@link PublishedStories} (the public
 * embargo rules), any story with {@code read:unpublished}.
 */
final class PluginStoryReader implements StoryReader {

    private final boolean readsUnpublished;
    private final StoryStore stories;
    private final PublishedStories published;
    private final Clock clock;

    PluginStoryReader(boolean readsUnpublished, StoryStore stories, PublishedStories published, Clock clock) {
        this.readsUnpublished = readsUnpublished;
        this.stories = stories;
        this.published = published;
        this.clock = clock;
    }

    @Override
    public Optional<StoryView> find(long storyId) {
        return (readsUnpublished ? stories.find(storyId) : published.find(storyId, clock.instant())).map(StoryViews::of);
    }
}
