package news.cms.plugins.runtime;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way into plugin code. Each call runs on a thread of its own (named after the plugin,
 * with the plugin's class loader as context), so no plugin can block the caller, the server's
 * pools or another plugin: the caller gets an answer, an error or a timeout within the time
 * limit. A call that throws or times out is logged with the plugin's id and counted; after
 * {@link PluginSettings#getMaxFailures()} in a row the plugin trips ({@link PluginTripped}) and
 * is disabled as FAILED. A plugin may have only so many calls running at once: a thread that
 * hangs for good holds one of those places, so hung calls cannot pile up without bound.
 */
@Singleton
public class PluginGuard {

    private static final Logger LOG = LoggerFactory.getLogger(PluginGuard.class);

    private final PluginSettings settings;
    private final ApplicationEventPublisher<PluginTripped> tripped;
    private final Executor trips;
    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "plugin-guard-alarm");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param trips where a trip is handed to whoever stops the plugin: a worker of its own, never the
     *              shared common pool that {@code publishEventAsync} uses (one thread on two cores)
     */
    PluginGuard(PluginSettings settings, ApplicationEventPublisher<PluginTripped> tripped,
                @Named(TaskExecutors.BLOCKING) Executor trips) {
        this.settings = settings;
        this.tripped = tripped;
        this.trips = trips;
    }

    /**
     * Calls into the plugin and counts the outcome: empty when it threw, timed out or was refused
     * (already logged and counted), else what it answered (empty for null too).
     */
    public <T> CompletableFuture<Optional<T>> call(RunningPlugin plugin, String operation, Duration timeout,
                                                   Callable<T> call) {
        return attempt(plugin, operation, timeout, call)
                .handle((value, error) -> error == null ? Optional.ofNullable(value) : Optional.<T>empty());
    }

    /**
     * As {@link #call}, counted the same way, but a failure comes back as the error itself (a
     * {@link TimeoutException} when the time was up), for callers that tell the user what went wrong.
     */
    public <T> CompletableFuture<T> attempt(RunningPlugin plugin, String operation, Duration timeout, Callable<T> call) {
        return run(plugin, operation, timeout, call).whenComplete((value, error) -> {
            if (error == null) {
                plugin.succeeded();
            } else {
                failed(plugin, operation, unwrap(error));
            }
        });
    }

    /**
     * Runs plugin code on its own thread within the time limit, without counting the outcome (for
     * starting and stopping a plugin, which succeed or fail as a whole).
     */
    <T> CompletableFuture<T> run(RunningPlugin plugin, String operation, Duration timeout, Callable<T> call) {
        if (!plugin.tryEnter()) {
            return CompletableFuture.failedFuture(new PluginCallRefusedException(
                    settings.getMaxConcurrentCalls() + " calls already in progress"));
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            // the place is given back before the caller learns the outcome, so a caller that calls
            // again at once finds it free
            try {
                T value = call.call();
                plugin.leave();
                result.complete(value);
            } catch (Throwable e) {
                plugin.leave();
                result.completeExceptionally(e);
            }
        }, "plugin-" + plugin.id() + "-" + operation);
        worker.setDaemon(true);
        worker.setContextClassLoader(plugin.classLoader());
        ScheduledFuture<?> alarm = alarms.schedule(() -> {
            if (result.completeExceptionally(new TimeoutException("timed out after " + timeout.toMillis() + " ms"))) {
                worker.interrupt(); // a call that honours interrupts stops now; one that does not keeps its place
            }
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        result.whenComplete((value, error) -> alarm.cancel(false));
        try {
            worker.start();
        } catch (OutOfMemoryError | RuntimeException e) { // no thread to be had
            plugin.leave();
            result.completeExceptionally(e);
        }
        return result;
    }

    private void failed(RunningPlugin plugin, String operation, Throwable error) {
        String reason = operation + ": " + describe(error);
        int inARow = plugin.failed();
        if (error instanceof TimeoutException || error instanceof PluginCallRefusedException) {
            LOG.warn("Plugin {} failed ({} in a row): {}", plugin.id(), inARow, reason);
        } else {
            LOG.warn("Plugin {} failed ({} in a row): {}", plugin.id(), inARow, reason, error);
        }
        if (inARow >= settings.getMaxFailures() && plugin.trip()) {
            LOG.error("Plugin {} is disabled after {} failures in a row; the last: {}", plugin.id(), inARow, reason);
            PluginTripped trip = new PluginTripped(plugin.id(), plugin.instance(),
                    inARow + " failures in a row; the last: " + reason);
            // Not in the caller's context: an enricher fails inside a publication's transaction, and the
            // handler must not inherit that connection, closed by the time it runs.
            try (PropagatedContext.Scope outside = PropagatedContext.empty().propagate()) {
                trips.execute(() -> tripped.publishEvent(trip));
            }
        }
    }

    /** What went wrong, in a line an admin can act on. */
    static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof TimeoutException || cause instanceof PluginCallRefusedException) {
            return cause.getMessage();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @PreDestroy
    void close() {
        alarms.shutdownNow();
    }

    /** A call not even begun, because the plugin has too many running. */
    static final class PluginCallRefusedException extends RuntimeException {
        PluginCallRefusedException(String message) {
            super(message);
        }
    }
}
