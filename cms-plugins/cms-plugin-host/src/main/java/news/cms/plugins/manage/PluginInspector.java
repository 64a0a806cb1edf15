package news.cms.plugins.manage;

import jakarta.inject.Singleton;
import news.cms.core.error.InvalidInputException;
import news.cms.plugin.api.PluginApi;
import news.cms.plugin.api.Permissions;
import news.cms.plugins.runtime.ExtensionClasses;
import news.cms.plugins.runtime.ExtensionPoint;
import news.cms.plugins.runtime.ServiceListings;
import org.pf4j.DefaultVersionManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.VersionManager;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Decides whether an uploaded file is a plugin this CMS can run, without running any of it: a JAR
 * with a manifest naming its id, SemVer version and the API range it needs (which must include
 * {@link PluginApi#VERSION}), permissions we know, and extensions listed in
 * {@code META-INF/services} whose classes are there and fit. Every refusal is a 400 that says
 * what to fix.
 */
@Singleton
class PluginInspector {

    /** Our own manifest keys, beside PF4J's {@code Plugin-Id}, {@code Plugin-Version}, {@code Plugin-Requires}… */
    static final String PLUGIN_NAME = "Plugin-Name";
    static final String PLUGIN_PERMISSIONS = "Plugin-Permissions";

    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?");
    private static final Pattern BARE_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern HOST = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final String API_PACKAGE = PluginApi.class.getPackageName().replace('.', '/') + "/";

    private final VersionManager versions = new DefaultVersionManager();

    PluginManifest inspect(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw refused("has no manifest (META-INF/MANIFEST.MF): a plugin JAR names its Plugin-Id, "
                        + "Plugin-Version and Plugin-Requires there");
            }
            Attributes main = manifest.getMainAttributes();
            String id = required(main, ManifestPluginDescriptorFinder.PLUGIN_ID, 64);
            if (!ID.matcher(id).matches()) {
                throw refused("has Plugin-Id '" + id + "': an id is lower-case letters, digits, '.', '_' and '-'");
            }
            String version = required(main, ManifestPluginDescriptorFinder.PLUGIN_VERSION, 64);
            checkVersion(version);
            String requires = required(main, ManifestPluginDescriptorFinder.PLUGIN_REQUIRES, 100);
            checkRequires(requires);
            refuseIfPresent(main, ManifestPluginDescriptorFinder.PLUGIN_CLASS,
                    "extensions are listed in META-INF/services and get a PluginContext; remove Plugin-Class");
            refuseIfPresent(main, ManifestPluginDescriptorFinder.PLUGIN_DEPENDENCIES,
                    "plugins cannot depend on other plugins here; bundle what you need");
            List<String> permissions = permissions(optional(main, PLUGIN_PERMISSIONS, 2000));
            if (file.stream().anyMatch(entry -> entry.getName().startsWith(API_PACKAGE))) {
                throw refused("bundles the plugin API (" + API_PACKAGE + "); depend on cms-plugin-api with scope provided");
            }
            Map<ExtensionPoint, Set<String>> listed = listedExtensions(file);
            if (listed.isEmpty()) {
                throw refused("provides no extension: list its classes in META-INF/services/<extension point>, "
                        + "e.g. " + ExtensionPoint.STORY_LISTENER.servicesEntry());
            }
            if (listed.containsKey(ExtensionPoint.STORY_ENRICHER) && !permissions.contains(Permissions.WRITE_STORY_METADATA)) {
                throw refused("provides a StoryEnricher but does not ask for " + Permissions.WRITE_STORY_METADATA
                        + ", which what it adds is stored with");
            }
            List<String> problems = ExtensionClasses.problems(jar, listed);
            if (!problems.isEmpty()) {
                throw refused("has extensions that cannot serve: " + String.join("; ", problems));
            }
            String name = optional(main, PLUGIN_NAME, 200);
            return new PluginManifest(id, version, name.isEmpty() ? id : name,
                    optional(main, ManifestPluginDescriptorFinder.PLUGIN_DESCRIPTION, 2000),
                    optional(main, ManifestPluginDescriptorFinder.PLUGIN_PROVIDER, 200), requires,
                    listed.keySet().stream().map(ExtensionPoint::displayName).toList(), permissions);
        } catch (IOException | SecurityException e) {
            throw refused("is not a JAR file that can be read (" + e.getMessage() + ")");
        }
    }

    private void checkVersion(String version) {
        try {
            versions.compareVersions(version, version);
        } catch (RuntimeException e) {
            throw refused("has Plugin-Version '" + version + "', which is not a semantic version such as 1.2.0");
        }
    }

    /** A bare version means "this or later", as PF4J reads it. */
    private void checkRequires(String requires) {
        String range = BARE_VERSION.matcher(requires).matches() ? ">=" + requires : requires;
        boolean satisfied;
        try {
            satisfied = versions.checkVersionConstraint(PluginApi.VERSION, range);
        } catch (RuntimeException e) {
            throw refused("has Plugin-Requires '" + requires + "', which is not a version range such as ^1.0.0");
        }
        if (!satisfied) {
            throw refused("needs plugin API " + requires + ", and this CMS has plugin API " + PluginApi.VERSION);
        }
    }

    private static List<String> permissions(String declared) {
        Set<String> permissions = new LinkedHashSet<>();
        for (String part : declared.split(",")) {
            String permission = part.strip();
            if (permission.isEmpty()) {
                continue;
            }
            boolean known = permission.equals(Permissions.READ_UNPUBLISHED)
                    || permission.equals(Permissions.WRITE_STORY_METADATA)
                    || (permission.startsWith(Permissions.NETWORK)
                    && HOST.matcher(permission.substring(Permissions.NETWORK.length())).matches());
            if (!known) {
                throw refused("asks for permission '" + permission + "', which is unknown; known are "
                        + Permissions.READ_UNPUBLISHED + ", " + Permissions.WRITE_STORY_METADATA + " and "
                        + Permissions.NETWORK + "<host name in lower case>");
            }
            permissions.add(permission);
        }
        return new ArrayList<>(permissions);
    }

    private static Map<ExtensionPoint, Set<String>> listedExtensions(JarFile file) throws IOException {
        Map<ExtensionPoint, Set<String>> listed = new EnumMap<>(ExtensionPoint.class);
        for (ExtensionPoint point : ExtensionPoint.values()) {
            JarEntry entry = file.getJarEntry(point.servicesEntry());
            if (entry != null) {
                try (InputStream in = file.getInputStream(entry)) {
                    Set<String> names = ServiceListings.read(in);
                    if (!names.isEmpty()) {
                        listed.put(point, names);
                    }
                }
            }
        }
        return listed;
    }

    private static String required(Attributes main, String key, int maxLength) {
        String value = optional(main, key, maxLength);
        if (value.isEmpty()) {
            throw refused("has no " + key + " in its manifest");
        }
        return value;
    }

    private static String optional(Attributes main, String key, int maxLength) {
        String value = main.getValue(key);
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > maxLength) {
            throw refused("has a " + key + " longer than " + maxLength + " characters");
        }
        return stripped;
    }

    private static void refuseIfPresent(Attributes main, String key, String why) {
        if (!optional(main, key, Integer.MAX_VALUE).isEmpty()) {
            throw refused("has " + key + " in its manifest: " + why);
        }
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException("file", why);
    }
}
