package news.cms.plugin.api;

/**
 * The version of this API. A plugin states the versions it works with in its manifest
 * ({@code Plugin-Requires: ^1.0.0}); the CMS refuses to install a plugin whose range leaves this
 * version out. Semantic versioning: a minor version only adds (a default method, a new extension
 * point, a new permission), a major version may break plugins.
 */
public final class PluginApi {

    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
