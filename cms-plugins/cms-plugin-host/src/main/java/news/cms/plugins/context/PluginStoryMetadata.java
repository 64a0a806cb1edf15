package news.cms.plugins.context;

import news.cms.core.metadata.StoryMetadataStore;
import news.cms.plugin.api.story.StoryMetadata;

import java.util.Map;

/** A plugin's own entries on stories, kept under its id. */
final class PluginStoryMetadata implements StoryMetadata {

    private final String pluginId;
    private final StoryMetadataStore store;

    PluginStoryMetadata(String pluginId, StoryMetadataStore store) {
        this.pluginId = pluginId;
        this.store = store;
    }

    @Override
    public void put(long storyId, String key, String value) {
        if (!StoryMetadataStore.isValid(key, value)) {
            throw new IllegalArgumentException("A metadata key matches " + KEY_PATTERN + " and a value has at most "
                    + MAX_VALUE_LENGTH + " characters; got key '" + key + "'");
        }
        store.put(storyId, pluginId, key, value);
    }

    @Override
    public Map<String, String> read(long storyId) {
        return store.of(storyId, pluginId);
    }
}
