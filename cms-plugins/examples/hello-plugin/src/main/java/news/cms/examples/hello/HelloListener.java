package news.cms.examples.hello;

import news.cms.plugin.api.PluginContext;
import news.cms.plugin.api.story.StoryEvent;
import news.cms.plugin.api.story.StoryListener;

import java.util.Locale;

/**
 * Logs every workflow change, and notes the latest on the story itself ({@code last-event}), which
 * shows how a plugin uses a capability its permissions grant.
 */
public class HelloListener implements StoryListener {

    private final PluginContext context;

    public HelloListener(PluginContext context) {
        this.context = context;
    }

    @Override
    public void onEvent(StoryEvent event) {
        String action = event.action().name().toLowerCase(Locale.ROOT);
        context.log().log(System.Logger.Level.INFO, "Hello: story {0} was {1} ({2} → {3})",
                event.storyId(), action, event.from(), event.to());
        context.storyMetadata().put(event.storyId(), "last-event", action);
    }
}
