package news.cms.plugins.runtime;

import news.cms.plugin.api.PluginApi;
import org.pf4j.ExtensionFinder;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginStatusProvider;

import java.nio.file.Path;

/**
 * PF4J's manager of plugin JARs, with the CMS's choices: the plugin API's version is the system
 * version that {@code Plugin-Requires} is checked against; each plugin's class loader sees its own
 * JAR first, then only the API ({@link ApiOnlyClassLoader}); extensions are read from the
 * extension points' service files ({@link ExtensionPointFinder}); and whether a plugin is enabled
 * is the database's business, not PF4J's files: a plugin is loaded only to run. Not thread-safe:
 * {@link PluginRuntime} serialises every call.
 */
final class CmsPluginManager extends JarPluginManager {

    CmsPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(PluginApi.VERSION);
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return false;
            }

            @Override
            public void disablePlugin(String pluginId) {
                // the database keeps the state: PluginRegistry
            }

            @Override
            public void enablePlugin(String pluginId) {
                // the database keeps the state: PluginRegistry
            }
        };
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new JarPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                return new PluginClassLoader(pluginManager, descriptor,
                        new ApiOnlyClassLoader(CmsPluginManager.class.getClassLoader()));
            }
        };
    }

    @Override
    protected ExtensionFinder createExtensionFinder() {
        ExtensionPointFinder finder = new ExtensionPointFinder(this);
        addPluginStateListener(finder);
        return finder;
    }
}
