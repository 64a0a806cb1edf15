package news.cms.plugins.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import news.cms.core.settings.DataDirectory;
import news.cms.plugin.api.PluginContext;
import news.cms.plugins.context.PluginContexts;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * The plugins running in this server: starting one loads its JAR with PF4J (a class loader of its
 * own) and creates its extensions, each with a {@link PluginContext}; stopping one closes its
 * extensions and unloads the class loader. Which plugins should run is decided elsewhere
 * ({@code PluginAdmin}, from the database); this class only does it. Readers of the running set
 * never wait for a start or stop.
 */
@Singleton
public class PluginRuntime {

    /** Where the installed JARs are kept, under the data directory. */
    public static final String PLUGINS_DIRECTORY = "plugins";

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuntime.class);

    private final PluginSettings settings;
    private final PluginGuard guard;
    private final PluginContexts contexts;
    private final CmsPluginManager pf4j;
    private volatile Map<String, RunningPlugin> running = Map.of();

    PluginRuntime(PluginSettings settings, PluginGuard guard, PluginContexts contexts, DataDirectory data) {
        this.settings = settings;
        this.guard = guard;
        this.contexts = contexts;
        this.pf4j = new CmsPluginManager(data.resolve(PLUGINS_DIRECTORY));
    }

    /**
     * Loads and starts the plugin in {@code jar}, which must carry {@code id}. Its extensions'
     * constructors run under the guard's time limit.
     *
     * @throws PluginStartException with the reason, after undoing whatever was done
     */
    public synchronized RunningPlugin start(String id, Set<String> permissions, Path jar) {
        if (running.containsKey(id)) {
            return running.get(id);
        }
        String loaded;
        try {
            loaded = pf4j.loadPlugin(jar);
        } catch (RuntimeException e) {
            pf4j.getPlugins().stream().filter(plugin -> plugin.getPluginPath().equals(jar)).findFirst()
                    .ifPresent(plugin -> unload(plugin.getPluginId()));
            throw new PluginStartException("its JAR could not be loaded: " + PluginGuard.describe(e));
        }
        try {
            if (!id.equals(loaded)) {
                throw new PluginStartException("its JAR now says it is plugin '" + loaded + "'");
            }
            PluginWrapper wrapper = pf4j.getPlugin(id);
            PluginState state = pf4j.startPlugin(id);
            if (!state.isStarted()) {
                throw new PluginStartException("PF4J could not start it (" + state + ")"
                        + (wrapper.getFailedException() == null ? "" : ": " + PluginGuard.describe(wrapper.getFailedException())));
            }
            RunningPlugin plugin = new RunningPlugin(id, wrapper.getPluginClassLoader(), settings.getMaxConcurrentCalls());
            Map<ExtensionPoint, List<Class<?>>> classes = extensionClasses(id);
            PluginContext context = contexts.create(id, permissions);
            plugin.attach(guard.run(plugin, "start", settings.getTimeout(), () -> create(classes, context)).get());
            Map<String, RunningPlugin> now = new HashMap<>(running);
            now.put(id, plugin);
            running = Map.copyOf(now);
            LOG.info("Plugin {} started from {}", id, jar.getFileName());
            return plugin;
        } catch (ExecutionException e) {
            unload(id);
            throw new PluginStartException("its extensions could not be created: " + PluginGuard.describe(e));
        } catch (InterruptedException e) {
            unload(id);
            Thread.currentThread().interrupt();
            throw new PluginStartException("the server was interrupted while starting it");
        } catch (RuntimeException e) {
            unload(id);
            throw e instanceof PluginStartException ? e : new PluginStartException(PluginGuard.describe(e));
        }
    }

    /** Stops the plugin if it runs: its closeable extensions are closed, its class loader is dropped. */
    public synchronized void stop(String id) {
        RunningPlugin plugin = running.get(id);
        if (plugin == null) {
            return;
        }
        Map<String, RunningPlugin> now = new HashMap<>(running);
        now.remove(id);
        running = Map.copyOf(now);
        try {
            guard.run(plugin, "stop", settings.getTimeout(), () -> {
                close(plugin);
                return null;
            }).get();
        } catch (ExecutionException e) {
            LOG.warn("Plugin {} did not stop cleanly: {}", id, PluginGuard.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        unload(id);
        LOG.info("Plugin {} stopped", id);
    }

    /** Whether this very run of the plugin is still running (not stopped, not replaced). */
    public boolean isRunning(String id, long instance) {
        RunningPlugin plugin = running.get(id);
        return plugin != null && plugin.instance() == instance;
    }

    /** The extensions of a point across running plugins that have not tripped, by plugin id. */
    @SuppressWarnings("unchecked")
    public <P> List<Extension<P>> extensions(Class<P> point) {
        ExtensionPoint known = ExtensionPoint.of(point)
                .orElseThrow(() -> new IllegalArgumentException(point.getName() + " is not an extension point"));
        List<Extension<P>> found = new ArrayList<>();
        running.values().stream()
                .filter(plugin -> !plugin.isTripped())
                .sorted(Comparator.comparing(RunningPlugin::id))
                .forEach(plugin -> plugin.extensions(known).forEach(instance -> found.add(new Extension<>(plugin, (P) instance))));
        return found;
    }

    @PreDestroy
    synchronized void stopAll() {
        running.keySet().forEach(this::stop);
    }

    private Map<ExtensionPoint, List<Class<?>>> extensionClasses(String id) {
        Map<ExtensionPoint, List<Class<?>>> classes = new EnumMap<>(ExtensionPoint.class);
        for (ExtensionPoint point : ExtensionPoint.values()) {
            List<Class<?>> found = new ArrayList<>(pf4j.getExtensionClasses(point.type(), id));
            if (!found.isEmpty()) {
                classes.put(point, found);
            }
        }
        return classes;
    }

    /** Plugin code: the extensions' constructors. */
    private static Map<ExtensionPoint, List<Object>> create(Map<ExtensionPoint, List<Class<?>>> classes,
                                                            PluginContext context) throws ReflectiveOperationException {
        Map<ExtensionPoint, List<Object>> created = new EnumMap<>(ExtensionPoint.class);
        for (Map.Entry<ExtensionPoint, List<Class<?>>> point : classes.entrySet()) {
            List<Object> instances = new ArrayList<>();
            for (Class<?> type : point.getValue()) {
                instances.add(instantiate(type, context));
            }
            created.put(point.getKey(), instances);
        }
        return created;
    }

    private static Object instantiate(Class<?> type, PluginContext context) throws ReflectiveOperationException {
        try {
            Constructor<?> withContext = type.getConstructor(PluginContext.class);
            return withContext.newInstance(context);
        } catch (NoSuchMethodException noContext) {
            return type.getConstructor().newInstance();
        }
    }

    /** Plugin code: an extension that holds resources releases them. */
    private static void close(RunningPlugin plugin) throws Exception {
        for (List<Object> instances : plugin.allExtensions().values()) {
            for (Object instance : instances) {
                if (instance instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
        }
    }

    private void unload(String id) {
        try {
            if (pf4j.getPlugin(id) != null) {
                pf4j.stopPlugin(id);
                pf4j.unloadPlugin(id);
            }
        } catch (RuntimeException e) {
            LOG.warn("Plugin {} could not be unloaded cleanly: {}", id, PluginGuard.describe(e));
        }
    }
}
