package news.cms.testplugins.throwing;

import news.cms.plugin.api.story.StoryEvent;
import news.cms.plugin.api.story.StoryListener;

/** Fails on every event, as a plugin with a bug would. */
public class ThrowingListener implements StoryListener {

    @Override
    public void onEvent(StoryEvent event) {
        throw new IllegalStateException("the throwing plugin fails on purpose (story " + event.storyId() + ")");
    }
}
