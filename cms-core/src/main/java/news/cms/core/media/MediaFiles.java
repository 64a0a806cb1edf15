package news.cms.core.media;

import jakarta.inject.Singleton;
import news.cms.core.settings.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The bytes of uploads in {@code <data dir>/media}: {@code original/<id>} as uploaded, for the
 * newsroom only, {@code public/<id>} for readers, and a picture's renditions in
 * {@code pictures/<id>/<file name>} (the name carries a digest of the bytes, so a file once written
 * never changes). Files are named by id, never by the
 * uploader's name, so no name can reach outside these directories. The two are apart so that
 * serving the public directory can never hand out an original. A file is written under a
 * temporary {@code .upload-*.part} name beside its target and moved into place; a failed write
 * removes its part, and parts older than {@link #STALE_PART} (left by a server that died mid-write)
 * are swept at start. Younger ones are left alone: another server sharing the directory may be
 * writing them now.
 */
@Singleton
class MediaFiles {

    private static final Logger LOG = LoggerFactory.getLogger(MediaFiles.class);
    private static final String PART_PREFIX = ".upload-";
    private static final String PART_SUFFIX = ".part";
    static final Duration STALE_PART = Duration.ofHours(1);

    private final Path originals;
    private final Path publicCopies;
    private final Path pictures;

    MediaFiles(DataDirectory data, Clock clock) {
        Path media = data.resolve("media");
        this.originals = media.resolve("original");
        this.publicCopies = media.resolve("public");
        this.pictures = media.resolve("pictures");
        try {
            Files.createDirectories(originals);
            Files.createDirectories(publicCopies);
            Files.createDirectories(pictures);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + media + "; check the data directory's permissions", e);
        }
        FileTime staleBefore = FileTime.from(clock.instant().minus(STALE_PART));
        sweepParts(originals, staleBefore);
        sweepParts(publicCopies, staleBefore);
    }

    void writeOriginal(long id, byte[] bytes) {
        write(originals.resolve(Long.toString(id)), bytes);
    }

    void writePublic(long id, byte[] bytes) {
        write(publicCopies.resolve(Long.toString(id)), bytes);
    }

    /** Writes a rendition unless a file of that name (so of those bytes) is there already. */
    void writeRendition(long id, String fileName, byte[] bytes) {
        Path target = rendition(id, fileName);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + target.getParent(), e);
        }
        write(target, bytes);
    }

    /** Where a rendition is; the name is checked by the caller against the picture's own renditions. */
    Path rendition(long id, String fileName) {
        return pictures.resolve(Long.toString(id)).resolve(fileName);
    }

    byte[] readOriginal(long id) {
        try {
            return Files.readAllBytes(originals.resolve(Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException("The original of media " + id + " cannot be read from " + originals, e);
        }
    }

    /** Removes the renditions of a picture whose names are not in {@code keep}. */
    void pruneRenditions(long id, java.util.Set<String> keep) {
        Path directory = pictures.resolve(Long.toString(id));
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> !keep.contains(f.getFileName().toString())).forEach(MediaFiles::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not list {}: {}", directory, e.getMessage());
        }
        if (keep.isEmpty()) {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    Path publicCopy(long id) {
        return publicCopies.resolve(Long.toString(id));
    }

    /** Removes every file of an upload: its row was not kept, or it was deleted. */
    void delete(long id) {
        pruneRenditions(id, java.util.Set.of());
        for (Path file : new Path[]{originals.resolve(Long.toString(id)), publicCopy(id)}) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", file, e.getMessage());
            }
        }
    }

    /** Written beside the target and moved into place: a reader never sees half a file, and a failure leaves none. */
    private static void write(Path target, byte[] bytes) {
        Path partial = null;
        try {
            partial = Files.createTempFile(target.getParent(), PART_PREFIX, PART_SUFFIX);
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deletePart(partial);
            throw new UncheckedIOException("Cannot write " + target + "; check the free space and permissions of "
                    + target.getParent(), e);
        } catch (RuntimeException | Error e) {
            deletePart(partial);
            throw e;
        }
    }

    private static void deletePart(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.warn("Could not delete the partial file {}: {}", partial, e.getMessage());
        }
    }

    private static void sweepParts(Path directory, FileTime staleBefore) {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(MediaFiles::isPart).forEach(part -> {
                try {
                    if (Files.getLastModifiedTime(part).compareTo(staleBefore) < 0) {
                        Files.deleteIfExists(part);
                        LOG.info("Removed {}, left by a write that did not finish", part);
                    }
                } catch (IOException e) {
                    LOG.warn("Could not remove the stale partial file {}: {}", part, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not look for partial files in {}: {}", directory, e.getMessage());
        }
    }

    private static boolean isPart(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PART_PREFIX) && name.endsWith(PART_SUFFIX);
    }
}
