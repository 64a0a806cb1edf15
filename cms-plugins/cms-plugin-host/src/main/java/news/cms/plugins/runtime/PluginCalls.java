package news.cms.plugins.runtime;

import jakarta.inject.Singleton;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * How the rest of the server calls plugins: every enabled plugin's extensions of one point, each
 * call through the {@link PluginGuard}. Callers get the answers of the plugins that answered in
 * time; the others are logged, counted and left out, so a broken plugin never breaks the caller.
 */
@Singleton
public class PluginCalls {

    /** Plugin code called on one extension. */
    @FunctionalInterface
    public interface ExtensionCall<P, R> {
        R call(P extension) throws Exception;
    }

    /** What one plugin answered. */
    public record Answer<R>(String pluginId, R value) {
    }

    private final PluginRuntime runtime;
    private final PluginGuard guard;
    private final PluginSettings settings;

    PluginCalls(PluginRuntime runtime, PluginGuard guard, PluginSettings settings) {
        this.runtime = runtime;
        this.guard = guard;
        this.settings = settings;
    }

    /** Whether any enabled plugin provides the extension point (a feature can say so when none does). */
    public boolean anyProvides(Class<?> point) {
        return !runtime.extensions(point).isEmpty();
    }

    /**
     * Calls every extension of the point at once and waits at most {@code timeout} for all: the
     * answers, in plugin id order, of those that answered in time with something.
     */
    public <P, R> List<Answer<R>> callEach(Class<P> point, String operation, Duration timeout,
                                           ExtensionCall<P, R> call) {
        List<Extension<P>> extensions = runtime.extensions(point);
        List<CompletableFuture<Optional<R>>> calls = new ArrayList<>();
        for (Extension<P> extension : extensions) {
            calls.add(guard.call(extension.plugin(), operation(point, operation), timeout,
                    () -> call.call(extension.instance())));
        }
        List<Answer<R>> answers = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            String pluginId = extensions.get(i).pluginId();
            calls.get(i).join().ifPresent(value -> answers.add(new Answer<>(pluginId, value)));
        }
        return answers;
    }

    /** As {@link #callEach(Class, String, Duration, ExtensionCall)} with the usual time limit. */
    public <P, R> List<Answer<R>> callEach(Class<P> point, String operation, ExtensionCall<P, R> call) {
        return callEach(point, operation, settings.getTimeout(), call);
    }

    /**
     * Asks the extensions of the point one after another, in plugin id order, until one answers
     * (with something other than null): that answer, or what went wrong with each when none did.
     */
    public <P, R> InTurn<R> askInTurn(Class<P> point, String operation, ExtensionCall<P, R> call) {
        List<Failure> failures = new ArrayList<>();
        for (Extension<P> extension : runtime.extensions(point)) {
            try {
                R value = guard.attempt(extension.plugin(), operation(point, operation), settings.getTimeout(),
                        () -> call.call(extension.instance())).join();
                if (value != null) {
                    return new InTurn<>(Optional.of(new Answer<>(extension.pluginId(), value)), failures);
                }
                failures.add(new Failure(extension.pluginId(), false, "answered nothing"));
            } catch (CompletionException e) {
                Throwable cause = PluginGuard.unwrap(e);
                failures.add(new Failure(extension.pluginId(), cause instanceof TimeoutException
                        || cause instanceof HttpTimeoutException, PluginGuard.describe(cause)));
            }
        }
        return new InTurn<>(Optional.empty(), failures);
    }

    /** The first answer of {@link #askInTurn}, and the failures of the plugins asked before it. */
    public record InTurn<R>(Optional<Answer<R>> answer, List<Failure> failures) {
    }

    /**
     * One plugin's failed call.
     *
     * @param timedOut the guard's time limit was up, or the plugin's own request to a service timed out
     * @param reason   the error, in a line
     */
    public record Failure(String pluginId, boolean timedOut, String reason) {
    }

    /** Calls every extension of the point without waiting: for notifications whose answer nobody needs. */
    public <P> void notifyEach(Class<P> point, String operation, ExtensionCall<P, ?> call) {
        for (Extension<P> extension : runtime.extensions(point)) {
            guard.call(extension.plugin(), operation(point, operation), settings.getTimeout(),
                    () -> call.call(extension.instance()));
        }
    }

    private static String operation(Class<?> point, String operation) {
        return point.getSimpleName() + "." + operation;
    }
}
