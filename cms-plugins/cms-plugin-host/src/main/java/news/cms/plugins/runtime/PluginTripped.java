package news.cms.plugins.runtime;

/**
 * A plugin failed too many calls in a row and gets no more: the host disables it as FAILED.
 *
 * @param instance the run of the plugin that failed ({@link RunningPlugin#instance()}), so that a
 *                 plugin the admin enabled again in the meantime is left alone
 * @param reason   the last failure, in words
 */
public record PluginTripped(String pluginId, long instance, String reason) {
}
