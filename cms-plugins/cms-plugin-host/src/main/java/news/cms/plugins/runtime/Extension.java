package news.cms.plugins.runtime;

/** One extension of a running plugin, e.g. its {@code StoryListener}. */
public record Extension<P>(RunningPlugin plugin, P instance) {

    public String pluginId() {
        return plugin.id();
    }
}
