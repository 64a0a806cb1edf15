package news.cms.plugins.context;

import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import news.cms.core.metadata.StoryMetadataStore;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.StoryStore;
import news.cms.plugin.api.Permissions;
import news.cms.plugin.api.PluginContext;

import java.time.Clock;
import java.util.Set;

/** Makes each plugin's {@link PluginContext} from the permissions it was granted. */
@Singleton
public class PluginContexts {

    private final PropertyResolver configuration;
    private final StoryStore stories;
    private final PublishedStories published;
    private final StoryMetadataStore metadata;
    private final Clock clock;

    PluginContexts(PropertyResolver configuration, StoryStore stories, PublishedStories published,
                   StoryMetadataStore metadata, Clock clock) {
        this.configuration = configuration;
        this.stories = stories;
        this.published = published;
        this.metadata = metadata;
        this.clock = clock;
    }

    public PluginContext create(String pluginId, Set<String> permissions) {
        PluginStoryReader reader = new PluginStoryReader(permissions.contains(Permissions.READ_UNPUBLISHED),
                stories, published, clock);
        return new GrantedContext(pluginId, permissions, configuration, reader, metadata);
    }
}
