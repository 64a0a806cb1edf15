package news.cms.core.media;

import news.cms.core.settings.CmsSettings;
import news.cms.core.settings.DataDirectory;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Media files on disk: a write that fails leaves no partial file, and a server's start sweeps old ones. */
class MediaFilesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final Path dataDir = TestDatabase.newDataDirectory();

    private MediaFiles files() {
        CmsSettings settings = new CmsSettings();
        settings.setDataDir(dataDir);
        return new MediaFiles(new DataDirectory(settings), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aWriteThatFailsLeavesNoPartialFileBehind() throws IOException {
        MediaFiles files = files();
        Path original = dataDir.resolve("media/original");
        // a directory that is not empty where the file should go: the move into place fails
        Files.createDirectories(original.resolve("7"));
        Files.writeString(original.resolve("7/in-the-way"), "x");

        assertThrows(UncheckedIOException.class, () -> files.writeOriginal(7, new byte[64 * 1024]));

        assertEquals(List.of("7"), names(original));
    }

    @Test
    void startSweepsPartialFilesOlderThanAnHourAndKeepsYoungerOnes() throws IOException {
        files().writePublic(3, new byte[]{1, 2, 3});
        Path publicDir = dataDir.resolve("media/public");
        Path stale = Files.writeString(publicDir.resolve(".upload-123.part"), "left by a crash");
        Files.setLastModifiedTime(stale, FileTime.from(NOW.minus(MediaFiles.STALE_PART).minusSeconds(1)));
        Path writing = Files.writeString(publicDir.resolve(".upload-456.part"), "another server is writing this");
        Files.setLastModifiedTime(writing, FileTime.from(NOW.minus(Duration.ofMinutes(5))));

        MediaFiles restarted = files();

        assertEquals(List.of(".upload-456.part", "3"), names(publicDir));
        assertArrayEquals(new byte[]{1, 2, 3}, Files.readAllBytes(restarted.publicCopy(3)));
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
