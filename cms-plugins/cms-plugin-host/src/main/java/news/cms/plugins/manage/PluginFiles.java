package news.cms.plugins.manage;

import jakarta.inject.Singleton;
import news.cms.core.error.InvalidInputException;
import news.cms.core.settings.DataDirectory;
import news.cms.plugins.runtime.PluginRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The installed JARs in {@code <data dir>/plugins}, one file per plugin named
 * {@code <id>-<version>.jar}. An upload is written beside them under a temporary name first, and
 * becomes a plugin's file only once it has passed inspection, so a refused upload leaves nothing.
 */
@Singleton
class PluginFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PluginFiles.class);
    private static final String UPLOAD_PREFIX = ".upload-";

    /** An upload on disk, not yet a plugin. */
    record Upload(Path file, String sha256) {
    }

    private final Path directory;

    PluginFiles(DataDirectory data) {
        this.directory = data.resolve(PluginRuntime.PLUGINS_DIRECTORY);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory + "; check the data directory's permissions", e);
        }
    }

    Path jarOf(String id, String version) {
        return directory.resolve(id + "-" + version + ".jar");
    }

    /**
     * Writes an upload to a temporary file, computing its SHA-256 on the way.
     *
     * @throws InvalidInputException when it is larger than {@code maxBytes}; nothing is kept
     */
    Upload receive(InputStream in, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile(directory, UPLOAD_PREFIX, ".jar");
            MessageDigest sha256 = newSha256();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new InvalidInputException("file", "is larger than the " + readable(maxBytes)
                                + " a plugin JAR may have");
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return new Upload(file, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("Cannot store an uploaded plugin in " + directory, e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Makes an inspected upload the plugin's file, replacing a file of the same name. */
    Path keep(Upload upload, String id, String version) {
        Path jar = jarOf(id, version);
        try {
            Files.move(upload.file(), jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the plugin into " + jar, e);
        }
    }

    /** The SHA-256 of a file as it is now, or null when it cannot be read. */
    String sha256(Path file) {
        MessageDigest sha256 = newSha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            return null;
        }
    }

    /** Deletes the file if it is there; a file that will not go is logged, not fatal. */
    void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    private static String readable(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " kB";
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Uploads a crash left half-written. */
    void deleteLeftoverUploads() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, UPLOAD_PREFIX + "*")) {
            leftovers.forEach(this::delete);
        } catch (IOException e) {
            LOG.warn("Could not look for leftover uploads in {}: {}", directory, e.getMessage());
        }
    }
}
