package news.cms.plugins.manage;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import news.cms.core.account.Actor;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.plugins.runtime.PluginRuntime;
import news.cms.plugins.runtime.PluginSettings;
import news.cms.plugins.runtime.PluginStartException;
import news.cms.plugins.runtime.PluginTripped;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

/**
 * Every change to the installed plugins, whoever asks (an admin through the API, the guard when a
 * plugin trips, the server at start), one at a time: the database, the files under
 * {@code <data dir>/plugins} and the running plugins are changed together, so they always tell
 * the same story. Enabling and disabling take effect at once, without a restart.
 */
@Singleton
public class PluginAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(PluginAdmin.class);

    private final PluginRegistry registry;
    private final PluginFiles files;
    private final PluginInspector inspector;
    private final PluginRuntime runtime;
    private final PluginSettings settings;
    private final VersionManager versions = new DefaultVersionManager();

    PluginAdmin(PluginRegistry registry, PluginFiles files, PluginInspector inspector, PluginRuntime runtime,
                PluginSettings settings) {
        this.registry = registry;
        this.files = files;
        this.inspector = inspector;
        this.runtime = runtime;
        this.settings = settings;
    }

    public List<InstalledPlugin> list() {
        return registry.list();
    }

    public InstalledPlugin get(String id) {
        return registry.find(id).orElseThrow(() -> new NotFoundException("No plugin has the id '" + id + "'"));
    }

    /**
     * Installs a plugin JAR, DISABLED; a newer version of an installed plugin replaces it (and
     * stops it if it ran) once the new version is recorded. A file that is not a plugin we can run
     * is refused (400), an equal or older version of an installed plugin too (400, the id clashes):
     * nothing is kept
     * of either. The upload is received and inspected before other changes are held up.
     */
    public InstalledPlugin install(Actor actor, InputStream jar) {
        PluginFiles.Upload upload = files.receive(jar, settings.getMaxJarSize());
        try {
            return install(actor, upload, inspector.inspect(upload.file()));
        } finally {
            files.delete(upload.file());
        }
    }

    private synchronized InstalledPlugin install(Actor actor, PluginFiles.Upload upload, PluginManifest manifest) {
        InstalledPlugin before = registry.find(manifest.id()).orElse(null);
        if (before != null && versions.compareVersions(manifest.version(), before.version()) <= 0) {
            throw new InvalidInputException("file", "plugin " + manifest.id() + " " + before.version()
                    + " is installed; to upgrade it, install a newer version than " + manifest.version()
                    + ", or uninstall it first");
        }
        Path jarFile = files.keep(upload, manifest.id(), manifest.version());
        InstalledPlugin installed;
        try {
            installed = registry.install(actor, manifest, upload.sha256());
        } catch (RuntimeException e) {
            files.delete(jarFile);
            throw e;
        }
        if (before != null) {
            runtime.stop(before.id());
            files.delete(files.jarOf(before.id(), before.version()));
        }
        LOG.info("Plugin {} {} installed by {}", installed.id(), installed.version(), actor.username());
        return installed;
    }

    /**
     * Starts the plugin and records it ENABLED. One that will not start (its JAR gone or changed
     * on disk, or its extensions failing) stays as it was, and the answer (409) says why.
     */
    public synchronized InstalledPlugin enable(Actor actor, String id) {
        InstalledPlugin plugin = get(id);
        if (plugin.state() == PluginState.ENABLED) {
            return plugin;
        }
        try {
            start(plugin);
        } catch (PluginStartException e) {
            throw new ConflictException("Plugin " + id + " could not start: " + e.getMessage());
        }
        try {
            return registry.move(actor, id, PluginState.ENABLED, null, "plugin.enable", "enabled " + plugin.version());
        } catch (RuntimeException e) {
            runtime.stop(id);
            throw e;
        }
    }

    /** Stops the plugin and records it DISABLED; a FAILED plugin keeps its last error on show. */
    public synchronized InstalledPlugin disable(Actor actor, String id) {
        InstalledPlugin plugin = get(id);
        if (plugin.state() == PluginState.DISABLED) {
            return plugin;
        }
        runtime.stop(id);
        return registry.move(actor, id, PluginState.DISABLED, plugin.lastError(), "plugin.disable",
                "disabled " + plugin.version() + " (was " + plugin.state() + ")");
    }

    /** Stops the plugin, forgets it and deletes its JAR. What it wrote on stories stays. */
    public synchronized void uninstall(Actor actor, String id) {
        InstalledPlugin plugin = get(id);
        runtime.stop(id);
        registry.remove(actor, plugin);
        files.delete(files.jarOf(id, plugin.version()));
        LOG.info("Plugin {} {} uninstalled by {}", id, plugin.version(), actor.username());
    }

    /** The guard gave up on a plugin: it is stopped and shown FAILED with its last error. */
    @EventListener
    synchronized void onTripped(PluginTripped tripped) {
        if (!runtime.isRunning(tripped.pluginId(), tripped.instance())) {
            return; // stopped or replaced meanwhile
        }
        runtime.stop(tripped.pluginId());
        registry.move(null, tripped.pluginId(), PluginState.FAILED, tripped.reason(), "plugin.fail",
                "disabled by the server: " + tripped.reason());
    }

    /**
     * At start, the plugins that were ENABLED run again. One whose JAR is gone or changed on disk,
     * or that will not start, is recorded FAILED with the reason; the server starts regardless.
     */
    @EventListener
    synchronized void onStartup(StartupEvent started) {
        files.deleteLeftoverUploads();
        for (InstalledPlugin plugin : registry.list()) {
            if (plugin.state() == PluginState.ENABLED) {
                restart(plugin);
            }
        }
    }

    private void restart(InstalledPlugin plugin) {
        try {
            start(plugin);
        } catch (PluginStartException e) {
            LOG.error("Plugin {} was enabled but {}; it is now FAILED", plugin.id(), e.getMessage());
            registry.move(null, plugin.id(), PluginState.FAILED, e.getMessage(), "plugin.fail", "at start, " + e.getMessage());
        }
    }

    /** Starts the plugin from its JAR, which must be the very file that was installed. */
    private void start(InstalledPlugin plugin) {
        Path jar = files.jarOf(plugin.id(), plugin.version());
        if (!Files.exists(jar)) {
            throw new PluginStartException("its JAR " + jar.getFileName() + " is missing from the plugins directory");
        }
        if (!plugin.sha256().equals(files.sha256(jar))) {
            throw new PluginStartException("its JAR " + jar.getFileName()
                    + " changed on disk since it was installed (SHA-256 differs)");
        }
        runtime.start(plugin.id(), new HashSet<>(plugin.permissions()), jar);
    }
}
