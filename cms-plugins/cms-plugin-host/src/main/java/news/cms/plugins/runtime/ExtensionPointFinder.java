package news.cms.plugins.runtime;

import org.pf4j.AbstractExtensionFinder;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds a plugin's extensions in its own {@code META-INF/services/<extension point>} files, and
 * only in the files of our extension points: a plugin that bundles a library with service files
 * of its own (Tika lists hundreds of parsers) does not get all of those classes loaded.
 */
final class ExtensionPointFinder extends AbstractExtensionFinder {

    private static final Logger LOG = LoggerFactory.getLogger(ExtensionPointFinder.class);

    ExtensionPointFinder(PluginManager plugins) {
        super(plugins);
    }

    @Override
    public Map<String, Set<String>> readPluginsStorages() {
        Map<String, Set<String>> byPlugin = new LinkedHashMap<>();
        for (PluginWrapper plugin : pluginManager.getPlugins()) {
            Set<String> classNames = new LinkedHashSet<>();
            PluginClassLoader loader = (PluginClassLoader) plugin.getPluginClassLoader();
            for (ExtensionPoint point : ExtensionPoint.values()) {
                try {
                    for (URL listing : Collections.list(loader.findResources(point.servicesEntry()))) {
                        try (InputStream in = listing.openStream()) {
                            classNames.addAll(ServiceListings.read(in));
                        }
                    }
                } catch (IOException e) {
                    LOG.warn("Plugin {}: cannot read {}", plugin.getPluginId(), point.servicesEntry(), e);
                }
            }
            byPlugin.put(plugin.getPluginId(), classNames);
        }
        return byPlugin;
    }

    /** Extensions come from plugin JARs only, never from the server's own class path. */
    @Override
    public Map<String, Set<String>> readClasspathStorages() {
        return Map.of();
    }
}
