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

/**
 * The bytes of uploads in {@code <data dir>/media}: {@code original/<id>} as uploaded, for the
 * newsroom only, and {@code public/<id>} for readers. Files are named by id, never by the
 * uploader's name, so no name can reach outside these directories. The two are apart so that
 * serving the public directory can never hand out an original.
 */
@Singleton
class MediaFiles {

    private static final Logger LOG = LoggerFactory.getLogger(MediaFiles.class);

    private final Path originals;
    private final Path publicCopies;

    MediaFiles(DataDirectory data) {
        Path media = data.resolve("media");
        this.originals = media.resolve("original");
        this.publicCopies = media.resolve("public");
        try {
            Files.createDirectories(originals);
            Files.createDirectories(publicCopies);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + media + "; check the data directory's permissions", e);
        }
    }

    void writeOriginal(long id, byte[] bytes) {
        write(originals.resolve(Long.toString(id)), bytes);
    }

    void writePublic(long id, byte[] bytes) {
        write(publicCopies.resolve(Long.toString(id)), bytes);
    }

    Path publicCopy(long id) {
        return publicCopies.resolve(Long.toString(id));
    }

    /** Removes both files of an upload whose row was not kept. */
    void delete(long id) {
        for (Path file : new Path[]{originals.resolve(Long.toString(id)), publicCopy(id)}) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", file, e.getMessage());
            }
        }
    }

    /** Written beside the target and moved into place: a reader never sees half a file. */
    private static void write(Path target, byte[] bytes) {
        try {
            Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
