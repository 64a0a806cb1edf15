package news.cms.plugins.story;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import news.cms.core.story.StoryTransitioned;
import news.cms.plugin.api.story.StoryEvent;
import news.cms.plugin.api.story.StoryListener;
import news.cms.plugins.context.StoryViews;
import news.cms.plugins.runtime.PluginCalls;

/**
 * Tells every enabled {@link StoryListener} of each workflow change once it is committed (a
 * rolled-back change never happened). The listeners run on their plugins' own threads: the
 * editor's request goes on at once, however slow or broken a listener is.
 */
@Singleton
class StoryListeners {

    private final PluginCalls plugins;

    StoryListeners(PluginCalls plugins) {
        this.plugins = plugins;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onTransition(StoryTransitioned change) {
        StoryActions.of(change.action()).ifPresent(action -> {
            StoryEvent event = new StoryEvent(action, change.storyId(), StoryViews.status(change.from()),
                    StoryViews.status(change.to()), change.at(), change.actor());
            plugins.notifyEach(StoryListener.class, "onEvent", listener -> {
                listener.onEvent(event);
                return null;
            });
        });
    }
}
