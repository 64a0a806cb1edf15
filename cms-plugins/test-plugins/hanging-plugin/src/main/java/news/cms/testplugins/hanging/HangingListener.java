package news.cms.testplugins.hanging;

import news.cms.plugin.api.story.StoryEvent;
import news.cms.plugin.api.story.StoryListener;

/** Never answers in time. */
public class HangingListener implements StoryListener {

    @Override
    public void onEvent(StoryEvent event) {
        Hang.forAMinute();
    }
}
