package news.cms.plugin.api;

import news.cms.plugin.api.network.HttpAccess;
import news.cms.plugin.api.story.StoryMetadata;
import news.cms.plugin.api.story.StoryReader;

import java.util.Optional;
import java.util.Set;

/**
 * What the CMS hands a plugin: its identity, its settings, a logger, and the capabilities its
 * granted permissions allow. An extension receives it in its constructor (a public constructor
 * taking a {@code PluginContext}, or none). The context stays valid while the plugin is enabled.
 */
public interface PluginContext {

    /** The plugin's id, as in its manifest. */
    String pluginId();

    /** The permissions granted at install, as written in the manifest. */
    Set<String> permissions();

    default boolean has(String permission) {
        return permissions().contains(permission);
    }

    /** A logger whose lines carry the plugin's id. */
    System.Logger log();

    /**
     * A setting the site's admin gave this plugin in the server's configuration, e.g.
     * {@code cms.plugins.settings.<plugin id>.url} (environment {@code CMS_PLUGINS_SETTINGS_<ID>_URL}).
     */
    Optional<String> setting(String key);

    /** Reads stories: live ones always, others only with {@link Permissions#READ_UNPUBLISHED}. */
    StoryReader stories();

    /**
     * Writes this plugin's metadata on stories.
     *
     * @throws MissingPermissionException without {@link Permissions#WRITE_STORY_METADATA}
     */
    StoryMetadata storyMetadata();

    /**
     * HTTP to the hosts of the plugin's {@code network:<host>} permissions, and to no other.
     *
     * @throws MissingPermissionException when the plugin holds no network permission
     */
    HttpAccess network();
}
