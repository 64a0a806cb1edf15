package news.cms.publishing.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files of one generation being written, from any number of threads. In a fresh generation each
 * file is simply created. In one that starts as hard links to the previous generation
 * ({@code replacing}), a file is never written through (that would change the previous generation
 * too): a new content goes to a temporary file that is renamed over the link, and a content equal to
 * the file's is not written at all, so the file keeps its inode and time. A file this run wrote is
 * something the site has now, so no step's clean-up deletes it (a story's old address, once its
 * article, may now be a redirect page).
 */
final class SiteFiles {

    private final Path root;
    private final boolean replacing;
    private final ExportProgress progress;
    /** Directories made (or found) in this run; cleared when one is deleted, which might be among them. */
    private final Set<Path> made = ConcurrentHashMap.newKeySet();
    /** The files this run wrote or found already equal; kept only when replacing, where deletes happen. */
    private final Set<Path> written = ConcurrentHashMap.newKeySet();

    SiteFiles(Path root, boolean replacing, ExportProgress progress) {
        this.root = root;
        this.replacing = replacing;
        this.progress = progress;
    }

    void write(String urlPath, FileLayout.Kind kind, String content) {
        Path file = root.resolve(FileLayout.fileOf(urlPath, kind));
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            directory(file.getParent());
            if (replacing) {
                written.add(file);
            }
            if (!replacing) {
                Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else if (holds(file, bytes)) {
                progress.keptUnchanged();
                return;
            } else {
                Path temporary = file.resolveSibling("." + file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
                Files.write(temporary, bytes);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        progress.written(kind == FileLayout.Kind.HTML, bytes.length);
    }

    /**
     * Puts a file the server keeps (a picture's rendition) at {@code urlPath}: a hard link to it, so
     * no byte is copied and the generations share one inode, or a copy where the export is on another
     * file system. A file already there is left: a rendition's name carries its bytes' digest.
     */
    void link(String urlPath, Path source) {
        Path file = root.resolve(FileLayout.fileOf(urlPath, FileLayout.Kind.NAMED));
        try {
            directory(file.getParent());
            if (replacing) {
                written.add(file);
            }
            if (Files.exists(file)) {
                progress.keptUnchanged();
                return;
            }
            try {
                Files.createLink(file, source);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.copy(source, file);
            }
            progress.written(false, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put " + source + " at " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates the directory unless this run has already: most pages share theirs with others. */
    private void directory(Path directory) throws IOException {
        if (!made.contains(directory)) {
            Files.createDirectories(directory);
            made.add(directory);
        }
    }

    /** Removes the file of a URL, and the directories it leaves empty; never one this run wrote. */
    void delete(String urlPath, FileLayout.Kind kind) {
        Path file = root.resolve(FileLayout.fileOf(urlPath, kind));
        if (written.contains(file)) {
            return;
        }
        try {
            if (Files.deleteIfExists(file)) {
                made.clear();
                progress.removed();
                pruneEmptyParents(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes a directory of the site (relative to its root) with everything in it. */
    void deleteTree(String relative) {
        Path top = root.resolve(relative).normalize();
        if (!top.startsWith(root) || top.equals(root) || !Files.isDirectory(top)) {
            return;
        }
        made.clear();
        try (Stream<Path> tree = Files.walk(top)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                if (!Files.isDirectory(path)) {
                    progress.removed();
                }
                Files.delete(path);
            }
            pruneEmptyParents(top.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + top + ": " + e.getMessage(), e);
        }
    }

    /** The content of a URL's file as the generation holds it now; empty when there is none. */
    Optional<String> read(String urlPath, FileLayout.Kind kind) {
        Path file = root.resolve(FileLayout.fileOf(urlPath, kind));
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The names in a directory of the site (relative to its root); none when it does not exist. */
    List<String> list(String relative) {
        Path directory = root.resolve(relative);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return new ArrayList<>(entries.map(path -> path.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    private static boolean holds(Path file, byte[] bytes) throws IOException {
        try {
            return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private void pruneEmptyParents(Path directory) throws IOException {
        for (Path dir = directory; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }
}
