package news.cms.plugins.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One enabled plugin while it runs: its class loader, its extensions, and what the guard keeps
 * about it (failures in a row, calls in progress, whether it has tripped). A plugin enabled again
 * later is a new instance with a clean record.
 */
public final class RunningPlugin {

    private static final AtomicLong INSTANCES = new AtomicLong();

    private final String id;
    private final long instance = INSTANCES.incrementAndGet();
    private final ClassLoader classLoader;
    private final Semaphore calls;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicBoolean tripped = new AtomicBoolean();
    private volatile Map<ExtensionPoint, List<Object>> extensions = Map.of();

    RunningPlugin(String id, ClassLoader classLoader, int maxConcurrentCalls) {
        this.id = id;
        this.classLoader = classLoader;
        this.calls = new Semaphore(maxConcurrentCalls);
    }

    public String id() {
        return id;
    }

    /** Tells this run of the plugin from an earlier or later one. */
    public long instance() {
        return instance;
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    List<Object> extensions(ExtensionPoint point) {
        return extensions.getOrDefault(point, List.of());
    }

    Map<ExtensionPoint, List<Object>> allExtensions() {
        return extensions;
    }

    void attach(Map<ExtensionPoint, List<Object>> created) {
        extensions = Map.copyOf(created);
    }

    boolean tryEnter() {
        return calls.tryAcquire();
    }

    void leave() {
        calls.release();
    }

    void succeeded() {
        failuresInARow.set(0);
    }

    /** @return the failures in a row, this one included */
    int failed() {
        return failuresInARow.incrementAndGet();
    }

    /** @return true for the one caller that trips it; a tripped plugin gets no more calls */
    boolean trip() {
        return tripped.compareAndSet(false, true);
    }

    boolean isTripped() {
        return tripped.get();
    }
}
