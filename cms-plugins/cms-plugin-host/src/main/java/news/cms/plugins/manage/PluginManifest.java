package news.cms.plugins.manage;

import java.util.List;

/**
 * What a plugin JAR says about itself, checked ({@link PluginInspector}).
 *
 * @param requires        its {@code Plugin-Requires} range
 * @param extensionPoints the extension points it provides, by name
 * @param permissions     what it asks for, in its manifest's order
 */
public record PluginManifest(String id, String version, String name, String description, String provider,
                             String requires, List<String> extensionPoints, List<String> permissions) {

    public PluginManifest {
        extensionPoints = List.copyOf(extensionPoints);
        permissions = List.copyOf(permissions);
    }
}
