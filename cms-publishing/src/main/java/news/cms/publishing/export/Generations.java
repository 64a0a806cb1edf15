package news.cms.publishing.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The export directory {@code DIR} as a symbolic link to one complete generation of the site in
 * {@code .DIR.generations/<time>}. A new generation is written beside the current one and put in
 * place by renaming a new link over {@code DIR}, one atomic step: a reader, or an export killed at
 * any moment, leaves {@code DIR} on either the whole old site or the whole new one. The generation
 * before the current one is kept; older ones are removed. Each generation's state (what the next
 * incremental export needs) is the file {@code <time>.state} beside it, outside what is served.
 * Open while an export runs: it holds a lock, so two exports never write into one {@code DIR}.
 */
final class Generations implements AutoCloseable {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String STATE = ".state";
    private static final String LOCK = ".lock";

    private final Path out;
    private final Path home;
    private final FileChannel lockFile;
    private final FileLock lock;

    private Generations(Path out, Path home, FileChannel lockFile, FileLock lock) {
        this.out = out;
        this.home = home;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /** Checks that {@code out} is ours to replace and takes the lock. */
    static Generations open(Path out) {
        Path parent = out.getParent();
        if (parent == null) {
            throw new ExportException("Cannot export into " + out + ": choose a directory below it");
        }
        Path home = parent.resolve("." + out.getFileName() + ".generations");
        try {
            Files.createDirectories(home);
            FileChannel channel = FileChannel.open(home.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new ExportException("Another export is writing " + out + " right now: wait for it to finish");
            }
            Generations generations = new Generations(out, home, channel, lock);
            try {
                generations.current();
            } catch (RuntimeException e) {
                generations.close();
                throw e;
            }
            return generations;
        } catch (IOException e) {
            throw new ExportException("Cannot prepare " + home + " (" + e.getMessage()
                    + "): make the directory holding " + out + " writable", e);
        }
    }

    /** The generation {@code out} links to; none before the first export. */
    Optional<Path> current() {
        if (Files.isSymbolicLink(out)) {
            try {
                Path target = out.getParent().resolve(Files.readSymbolicLink(out)).normalize();
                if (!home.equals(target.getParent()) || !Files.isDirectory(target)) {
                    throw new ExportException(out + " links to " + target + ", which no export made: remove the link "
                            + "or choose another directory");
                }
                return Optional.of(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new ExportException(out + " is a directory with files no export made: move them away "
                            + "or choose another directory");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportException(out + " is a file: remove it or choose another directory");
        }
        return Optional.empty();
    }

    /** A new, empty generation. */
    Path create(Instant at) {
        for (int n = 1; ; n++) {
            Path generation = home.resolve(NAME.format(at) + (n == 1 ? "" : "-" + n));
            try {
                return Files.createDirectory(generation);
            } catch (FileAlreadyExistsException taken) {
                // two exports within a microsecond: take the next name
            } catch (IOException e) {
                throw new ExportException("Cannot create " + generation + " (" + e.getMessage()
                        + "): make " + home + " writable", e);
            }
        }
    }

    /** A new generation holding the same files as {@code from}, as hard links (no content is copied). */
    Path linkedCopyOf(Path from, Instant at) {
        Path generation = create(at);
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(generation.resolve(from.relativize(dir)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.createLink(generation.resolve(from.relativize(file)), file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            discard(generation);
            throw new ExportException("Cannot link the previous export's files into " + generation + " ("
                    + e.getMessage() + "): run a full export", e);
        }
        return generation;
    }

    /** Where the state of a generation is kept. */
    Path stateOf(Path generation) {
        return generation.resolveSibling(generation.getFileName() + STATE);
    }

    /**
     * Makes {@code generation} the site: a new link renamed over {@code out} in one step. Then removes
     * every generation but this one and the one before.
     */
    void publish(Path generation) {
        Optional<Path> previous = current();
        Path link = out.resolveSibling("." + out.getFileName() + ".next");
        try {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, out.getParent().relativize(generation));
            if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(out); // the empty directory current() accepted: a link cannot be renamed over it
            }
            Files.move(link, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ExportException("Cannot link " + out + " to the new export " + generation + " (" + e.getMessage()
                    + "): make the directory holding " + out + " writable", e);
        }
        Set<Path> kept = previous.map(p -> Set.of(generation, p, stateOf(generation), stateOf(p)))
                .orElse(Set.of(generation, stateOf(generation)));
        try (Stream<Path> entries = Files.list(home)) {
            for (Path entry : entries.filter(e -> !kept.contains(e) && !e.getFileName().toString().equals(LOCK)).toList()) {
                delete(entry);
            }
        } catch (IOException | UncheckedIOException e) {
            // the new site is in place; an old generation left behind is removed by the next export
        }
    }

    /** Removes a generation that will not be published, and its state. */
    void discard(Path generation) {
        try {
            delete(generation);
            Files.deleteIfExists(stateOf(generation));
        } catch (IOException | UncheckedIOException e) {
            // left for the next export to remove
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            List<Path> all = tree.sorted(Comparator.reverseOrder()).toList();
            for (Path each : all) {
                Files.delete(each);
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
