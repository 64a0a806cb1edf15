package news.cms.plugin.api;

/**
 * The permissions a plugin may ask for in its manifest ({@code Plugin-Permissions}, comma-separated).
 * The admin grants them by installing the plugin; the {@link PluginContext} then hands out only the
 * capabilities they allow.
 */
public final class Permissions {

    /** Read stories that are not live: drafts, submitted, scheduled and unpublished ones. */
    public static final String READ_UNPUBLISHED = "read:unpublished";

    /** Add this plugin's own metadata to stories; needed by every {@code StoryEnricher}. */
    public static final String WRITE_STORY_METADATA = "write:story-metadata";

    /**
     * Prefix of a network permission: {@code network:translate.example} lets the plugin reach that
     * host by that name, over http or https, on any port. One permission per host.
     */
    public static final String NETWORK = "network:";

    private Permissions() {
    }

    public static String network(String host) {
        return NETWORK + host;
    }
}
