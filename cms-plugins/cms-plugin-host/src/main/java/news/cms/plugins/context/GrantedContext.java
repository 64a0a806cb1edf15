package news.cms.plugins.context;

import io.micronaut.core.value.PropertyResolver;
import news.cms.core.metadata.StoryMetadataStore;
import news.cms.plugin.api.MissingPermissionException;
import news.cms.plugin.api.Permissions;
import news.cms.plugin.api.PluginContext;
import news.cms.plugin.api.network.HttpAccess;
import news.cms.plugin.api.story.StoryMetadata;
import news.cms.plugin.api.story.StoryReader;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plugin's context: the capabilities are made once, from the permissions granted at install,
 * and a capability the plugin was not granted is a {@link MissingPermissionException} that names
 * the permission it lacks.
 */
final class GrantedContext implements PluginContext {

    /** Where the admin configures a plugin: {@code cms.plugins.settings.<plugin id>.<key>}. */
    static final String SETTINGS_PREFIX = "cms.plugins.settings.";

    private final String pluginId;
    private final Set<String> permissions;
    private final System.Logger log;
    private final PropertyResolver configuration;
    private final StoryReader stories;
    private final StoryMetadata metadata;
    private final HttpAccess network;

    GrantedContext(String pluginId, Set<String> permissions, PropertyResolver configuration, StoryReader stories,
                   StoryMetadataStore metadata) {
        this.pluginId = pluginId;
        this.permissions = Set.copyOf(permissions);
        this.log = new PluginLogger(pluginId);
        this.configuration = configuration;
        this.stories = stories;
        this.metadata = has(Permissions.WRITE_STORY_METADATA) ? new PluginStoryMetadata(pluginId, metadata) : null;
        Set<String> hosts = permissions.stream().filter(p -> p.startsWith(Permissions.NETWORK))
                .map(p -> p.substring(Permissions.NETWORK.length())).collect(Collectors.toSet());
        this.network = hosts.isEmpty() ? null : new ScopedHttpAccess(pluginId, hosts);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public Set<String> permissions() {
        return permissions;
    }

    @Override
    public System.Logger log() {
        return log;
    }

    @Override
    public Optional<String> setting(String key) {
        return configuration.getProperty(SETTINGS_PREFIX + pluginId + "." + key, String.class);
    }

    @Override
    public StoryReader stories() {
        return stories;
    }

    @Override
    public StoryMetadata storyMetadata() {
        if (metadata == null) {
            throw missing(Permissions.WRITE_STORY_METADATA);
        }
        return metadata;
    }

    @Override
    public HttpAccess network() {
        if (network == null) {
            throw missing(Permissions.NETWORK + "<host>");
        }
        return network;
    }

    private MissingPermissionException missing(String permission) {
        return new MissingPermissionException(permission, "Plugin " + pluginId + " was not granted " + permission);
    }
}
