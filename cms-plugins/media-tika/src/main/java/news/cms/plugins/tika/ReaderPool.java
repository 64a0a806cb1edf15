package news.cms.plugins.tika;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A fixed number of {@link ReaderProcess}es, each reading one file at a time. A file waits at most
 * {@code waitLimit} for a free one (the host's limit on calls in progress bounds how many wait), then
 * for that one to have started if it is new (at most {@link #START_LIMIT}; a start takes about 2 s,
 * much longer on a loaded machine, and is no fault of the file), and is read within
 * {@code timeLimit}, else its process is killed, which frees the CPU and the memory
 * the parse held: unlike a thread, a process can be stopped whatever it is doing. A killed or dead
 * process is replaced at once, so the next file finds a reader warm or warming. Nothing is left
 * running per file: the threads are one listener per process, and the processes are at most
 * {@code readers}.
 */
final class ReaderPool implements AutoCloseable {

    /** The limits of reading, from the plugin's settings. */
    record Limits(int readers, String heap, int textLimit, Duration timeLimit, Duration waitLimit) {
    }

    /** How long a new reader may take to load Tika; the host's own time limit usually comes first. */
    static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Limits limits;
    private final List<String> command;
    private final Semaphore places;
    private final Queue<ReaderChild> idle = new ConcurrentLinkedQueue<>();
    private final Set<ReaderChild> started = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    ReaderPool(Limits limits) {
        this.limits = limits;
        this.places = new Semaphore(limits.readers(), true);
        this.command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + limits.heap(), "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", classPath(), ReaderProcess.class.getName(), Integer.toString(limits.textLimit()));
        try {
            idle.add(start()); // the first reader warms while the plugin is enabled, before the first file
        } catch (IOException e) {
            // the first file starts one, or says why it cannot
        }
    }

    /** Reads the file in a reader process; a refusal says why when it could not be read in time or at all. */
    Reading read(String name, byte[] bytes) throws InterruptedException {
        if (!places.tryAcquire(limits.waitLimit().toNanos(), TimeUnit.NANOSECONDS)) {
            return busy();
        }
        ReaderChild child = null;
        boolean healthy = false;
        try {
            child = take();
            try {
                child.ready().get(START_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillStarting) {
                healthy = true; // it is not stuck on a file: the next one may have it when it is warm
                return Reading.refused(null, "The media reader did not start within " + START_LIMIT.toSeconds()
                        + " s; the server is overloaded: upload the file again in a minute");
            } catch (ExecutionException couldNotStart) {
                return Reading.refused(null, "The media reader could not start (" + couldNotStart.getCause().getMessage()
                        + "); the server's log says why");
            }
            Reading reading = child.send(name, bytes).get(limits.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
            healthy = true;
            return reading;
        } catch (TimeoutException e) {
            return Reading.refused(null, "The file took longer than " + readable(limits.timeLimit())
                    + " to read; it may be malformed or built to exhaust the reader");
        } catch (ExecutionException | IOException e) {
            return Reading.refused(null, "The file could not be read: the reader stopped while reading it (it may be "
                    + "malformed, or need more memory than the reader's " + limits.heap() + ")");
        } finally {
            giveBack(child, healthy);
            places.release();
        }
    }

    private ReaderChild take() throws IOException {
        for (ReaderChild child = idle.poll(); child != null; child = idle.poll()) {
            if (child.alive()) {
                return child;
            }
            started.remove(child);
        }
        return start();
    }

    /** A reader that answered goes back; any other is killed and replaced now, so that it warms while nobody waits. */
    private void giveBack(ReaderChild child, boolean healthy) {
        if (child != null && healthy && !closed) {
            idle.add(child);
            return;
        }
        if (child != null) {
            child.kill();
            started.remove(child);
        }
        if (child != null && !closed) {
            try {
                idle.add(start());
            } catch (IOException e) {
                // the next file starts one, or says why it cannot
            }
        }
    }

    private ReaderChild start() throws IOException {
        ReaderChild child = ReaderChild.start(command);
        started.add(child);
        if (closed) {
            child.kill();
        }
        return child;
    }

    private Reading busy() {
        return Reading.refused(null, "The media reader is busy with other files (" + limits.readers()
                + " at a time); upload the file again in a minute");
    }

    /** How many reader processes are running, for the tests that check none is left behind. */
    int running() {
        return (int) started.stream().filter(ReaderChild::alive).count();
    }

    @Override
    public void close() {
        closed = true;
        started.forEach(ReaderChild::kill);
        started.clear();
        idle.clear();
    }

    /**
     * The plugin's JAR, and the JAR SLF4J comes from (Tika logs through it; the plugin JAR leaves it
     * to the server). Run from a build's classes directory (the plugin's own tests), the class path.
     */
    private static String classPath() {
        Path plugin = locationOf(ReaderProcess.class);
        if (plugin == null || Files.isDirectory(plugin)) {
            return System.getProperty("java.class.path");
        }
        Set<String> entries = new LinkedHashSet<>();
        entries.add(plugin.toString());
        try {
            Path slf4j = locationOf(Class.forName("org.slf4j.Logger", false, ReaderProcess.class.getClassLoader()));
            if (slf4j != null) {
                entries.add(slf4j.toString());
            }
        } catch (ClassNotFoundException e) {
            // Tika then runs without logging
        }
        return String.join(File.pathSeparator, new ArrayList<>(entries));
    }

    private static Path locationOf(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
