package news.cms.app.desk.preview;

import news.cms.core.settings.CmsSettings;
import news.cms.core.settings.DataDirectory;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview key from CMS_PREVIEW_SECRET: shared by a cluster, checked, and then nothing is generated. */
class PreviewLinksTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    private final Path dataDir = TestDatabase.newDataDirectory();

    private PreviewLinks links(String secret) {
        CmsSettings settings = new CmsSettings();
        settings.setDataDir(dataDir);
        return new PreviewLinks(new DataDirectory(settings), secret, Duration.ofHours(48), null, NOW);
    }

    @Test
    void serversGivenTheSameSecretReadEachOthersLinksAndNoKeyFileIsWritten() {
        String secret = "a-shared-secret-for-the-whole-cluster-0123";
        PreviewLinks.Link link = links(secret).sign(42, NOW.instant().plus(Duration.ofHours(48)));
        PreviewLinks.Link read = links(secret).read(link.token()).orElseThrow();
        assertEquals(42, read.storyId());
        assertEquals(Instant.parse("2026-11-26T12:00:00Z"), read.expiresAt());
        assertFalse(read.expiredAt(NOW.instant()));
        assertTrue(read.expiredAt(read.expiresAt()), "a link ends at its expiry");
        assertTrue(links("another-secret-for-another-newsroom-45678").read(link.token()).isEmpty());
        assertFalse(Files.exists(dataDir.resolve(PreviewLinks.KEY_FILE)));
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> links("too-short"));
        assertTrue(refused.getMessage().contains("CMS_PREVIEW_SECRET"), refused.getMessage());
    }
}
