package news.cms.core.settings;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The server's data directory: the embedded database, generated secrets, media, plugins and static
 * export live here. Secrets are generated on first start and written readable by the owner only, so
 * that nothing secret is ever hard-coded or committed.
 */
@Singleton
public class DataDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    public DataDirectory(CmsSettings settings) {
        this.root = settings.getDataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root
                    + "; set CMS_DATA_DIR to a writable directory", e);
        }
    }

    public Path root() {
        return root;
    }

    public Path resolve(String name) {
        return root.resolve(name);
    }

    /**
     * The secret kept in {@code name}, created with {@code bytes} random bytes (base64) on first use.
     * A concurrent first start of two processes settles on whichever file was written first.
     */
    public String secret(String name, int bytes) {
        Path file = resolve(name);
        return read(file).orElseGet(() -> {
            byte[] random = new byte[bytes];
            RANDOM.nextBytes(random);
            String value = Base64.getEncoder().withoutPadding().encodeToString(random);
            return write(file, value, false) ? value : read(file).orElseThrow();
        });
    }

    /** Writes {@code value} to {@code file}, replacing it, readable only by its owner. */
    public void writeOwnerOnly(Path file, String value) {
        write(file, value, true);
    }

    /** @return false when the file existed and {@code replace} was false (it is left as it was) */
    private boolean write(Path file, String value, boolean replace) {
        try {
            Path tmp = Files.createTempFile(root, ".secret", ".tmp");
            try {
                restrictToOwner(tmp);
                Files.writeString(tmp, value, StandardCharsets.UTF_8);
                if (replace) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.move(tmp, file);
                }
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + "; check the data directory's permissions", e);
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's ACL; nothing more we can do portably.
        }
    }
}
