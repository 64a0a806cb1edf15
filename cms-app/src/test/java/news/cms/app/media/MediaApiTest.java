package news.cms.app.media;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static news.cms.app.ProblemAssertions.fieldError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/media} with the Tika plugin installed through the API: real types, text and
 * metadata, source-protection warnings, public copies without metadata, hostile files refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaApiTest extends ApiTest {

    private MediaClient media;
    private String reporter;

    /** A cap the 5 MB PDF fits under and a test can exceed. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.cleanProperties());
        properties.put("cms.media.max-size", "8MB");
        return properties;
    }

    @BeforeAll
    void tikaInstalled() {
        media = new MediaClient(api, server.getURI());
        media.installTika(admin);
        reporter = user("rita", "REPORTER");
    }

    @Test
    void aGeotaggedPhotoIsWarnedAboutAndPublishedWithoutItsExif() throws IOException {
        byte[] photo = MediaFiles.geotaggedJpeg();
        ApiClient.Reply uploaded = expect(201, media.upload(photo, "protest.jpg", "image/jpeg", reporter));

        JsonNode item = uploaded.json();
        assertEquals("image/jpeg", item.get("mimeType").getStringValue());
        assertEquals(photo.length, item.get("size").getLongValue());
        assertEquals("protest.jpg", item.get("filename").getStringValue());
        assertNotNull(item.get("metadata").get("latitude"), uploaded.body());
        assertEquals("Canon", item.get("metadata").get("cameraMake").getStringValue());
        String warnings = String.join("\n", strings(item.get("warnings")));
        assertTrue(warnings.contains("GPS"), warnings);
        assertTrue(warnings.contains("serial number"), warnings);
        assertTrue(warnings.contains("Source Name"), warnings);

        HttpResponse<byte[]> published = media.fetch(item.get("publicUrl").getStringValue());
        assertEquals(200, published.statusCode());
        assertEquals("image/jpeg", published.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", published.headers().firstValue("X-Content-Type-Options").orElseThrow());
        byte[] copy = published.body();
        assertFalse(jpegSegments(copy).contains(0xE1), "no APP1 (EXIF/XMP) segment left");
        assertFalse(contains(copy, "Exif"), "no EXIF left");
        assertFalse(contains(copy, "Source Name"), "no artist left");
        assertFalse(contains(copy, "0123456789"), "no serial number left");
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(photo));
        BufferedImage cleaned = ImageIO.read(new ByteArrayInputStream(copy));
        assertEquals(original.getWidth(), cleaned.getWidth());
        assertEquals(original.getRGB(0, 0), cleaned.getRGB(0, 0), "the pixels are untouched");

        ApiClient.Reply again = expect(200, api.get("/api/media/" + item.get("id").getLongValue(), reporter));
        assertEquals(uploaded.json().get("warnings"), again.json().get("warnings"));
    }

    @Test
    void aPdfGivesItsTextAndItsAuthorButNoPublicCopy() {
        byte[] pdf = MediaFiles.pdf("Jane Whistle", List.of("The budget was cut by half", "Second line"), 1);
        JsonNode item = expect(201, media.upload(pdf, "memo.pdf", "application/pdf", reporter)).json();

        assertEquals("application/pdf", item.get("mimeType").getStringValue());
        assertTrue(item.get("text").getStringValue().contains("The budget was cut by half"), item.toString());
        assertEquals("Jane Whistle", item.get("metadata").get("author").getStringValue());
        assertTrue(strings(item.get("warnings")).stream().anyMatch(w -> w.contains("Jane Whistle")));
        assertTrue(item.get("publicUrl").isNull(), "a document naming its author is not published");
        assertEquals(404, media.fetch("/media/" + item.get("id").getLongValue() + "/memo.pdf").statusCode());
    }

    @Test
    void aDocxGivesItsTextAuthorAndCompany() {
        byte[] docx = MediaFiles.docx("Jane Whistle", "Ministry of Secrets", "Minutes of the closed meeting");
        JsonNode item = expect(201, media.upload(docx, "minutes.docx", "application/octet-stream", reporter)).json();

        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                item.get("mimeType").getStringValue());
        assertTrue(item.get("text").getStringValue().contains("Minutes of the closed meeting"));
        assertEquals("Jane Whistle", item.get("metadata").get("author").getStringValue());
        assertEquals("Ministry of Secrets", item.get("metadata").get("company").getStringValue());
        String warnings = String.join("\n", strings(item.get("warnings")));
        assertTrue(warnings.contains("Ministry of Secrets"), warnings);
        assertTrue(item.get("publicUrl").isNull());
    }

    @Test
    void plainTextWithoutMetadataIsPublishedAsADownload() {
        byte[] text = "Press release: the mayor resigns.".getBytes(StandardCharsets.UTF_8);
        JsonNode item = expect(201, media.upload(text, "press release.txt", "text/plain", reporter)).json();

        assertTrue(strings(item.get("warnings")).isEmpty(), item.toString());
        HttpResponse<byte[]> published = media.fetch(item.get("publicUrl").getStringValue());
        assertEquals(200, published.statusCode());
        assertTrue(published.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("attachment", published.headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals(text, published.body());
    }

    @Test
    void aProgramNamedLikeAPhotoIsRefused() {
        ApiClient.Reply refused = fieldError(400, "file",
                media.upload(MediaFiles.windowsProgram(), "photo.jpg", "image/jpeg", reporter));
        assertTrue(refused.body().contains("program"), refused.body());
    }

    @Test
    void aZipBombIsRefused() {
        fieldError(400, "file", media.upload(MediaFiles.docxBomb(60), "report.docx", "application/octet-stream", reporter));
        fieldError(400, "file", media.upload(MediaFiles.zipBomb(100), "photos.zip", "application/zip", reporter));
    }

    @Test
    void aTruncatedPdfIsRefused() {
        byte[] pdf = MediaFiles.pdf("Jane Whistle", List.of("cut short"), 1);
        fieldError(400, "file", media.upload(Arrays.copyOf(pdf, 40), "memo.pdf", "application/pdf", reporter));
    }

    /** Refusing a file is the file's fault: the plugin is not counted as failing, and stays enabled. */
    @Test
    void hostileFilesLeaveThePluginEnabledAndAreAudited() {
        for (int i = 0; i < 4; i++) {
            fieldError(400, "file", media.upload(MediaFiles.windowsProgram(), "setup" + i + ".jpg", "image/jpeg", reporter));
        }
        assertEquals("ENABLED", expect(200, api.get("/api/plugins/media-tika", admin)).text("state"));
        List<String> actions = new java.util.ArrayList<>();
        for (JsonNode event : expect(200, api.get("/api/audit?user=rita&size=100", admin)).json().get("items").values()) {
            actions.add(event.get("action").getStringValue() + " " + event.get("detail").getStringValue());
        }
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("media.refuse setup3.jpg: The file is a program")),
                actions.toString());
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        fieldError(400, "file", media.upload(new byte[0], "empty.jpg", "image/jpeg", reporter));
        fieldError(400, "file", media.upload(new byte[9 * 1024 * 1024], "huge.bin", "application/octet-stream", reporter));
    }

    @Test
    void onlyTheNewsroomUploads() {
        byte[] text = "hello".getBytes(StandardCharsets.UTF_8);
        expect(401, media.upload(text, "a.txt", "text/plain", null));
        expect(401, api.get("/api/media/1", null));
    }

    /** Upload and extraction of a text-heavy 5 MB PDF, timed: the figure for docs/performance.md. */
    @Test
    void aFiveMegabytePdfIsReadInTime() {
        List<String> lines = Collections.nCopies(60, "Council minutes, item 4: the road budget and the school budget");
        byte[] pdf = MediaFiles.pdf("Clerk", lines, 1300);
        assertTrue(pdf.length > 4_900_000, "size " + pdf.length);
        expect(201, media.upload(MediaFiles.pdf("Clerk", List.of("warm-up"), 1), "w.pdf", "application/pdf", reporter));

        long started = System.nanoTime();
        JsonNode item = expect(201, media.upload(pdf, "minutes.pdf", "application/pdf", reporter)).json();
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("MEDIA-PERF upload+extract of a %.1f MB PDF (%d pages): %d ms, %d characters of text%n",
                pdf.length / 1e6, 1300, millis, item.get("text").getStringValue().length());
        assertEquals("application/pdf", item.get("mimeType").getStringValue());
    }

    /** The markers of a JPEG's segments up to its image data. */
    private static List<Integer> jpegSegments(byte[] jpeg) {
        List<Integer> markers = new java.util.ArrayList<>();
        int at = 2;
        while (at + 3 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
