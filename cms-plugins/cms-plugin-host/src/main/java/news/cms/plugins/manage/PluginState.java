package news.cms.plugins.manage;

/** Where an installed plugin stands; kept in the database, so a restart brings back the same. */
public enum PluginState {
    /** Installed, not running: its JAR is on disk, nothing of it is loaded. Every install starts here. */
    DISABLED,
    /** Running: loaded, its extensions called. Started again when the server starts. */
    ENABLED,
    /** Stopped by the server: it failed too many calls in a row, or could not start at boot; see its last error. */
    FAILED
}
