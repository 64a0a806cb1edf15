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
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(copy));
        assertEquals(original.getWidth(), drawn.getWidth(), "the largest rendition of a small photo is its own size");

        ApiClient.Reply again = expect(200, api.get("/api/media/" + item.get("id").getLongValue(), reporter));
        assertEquals(uploaded.json().get("warnings"), again.json().get("warnings"));
    }

    /**
     * Content credentials (C2PA in a JPEG's APP11) name the photographer; what readers get is drawn
     * from the pixels, turned as the EXIF orientation says, so a portrait stored sideways stands up.
     */
    @Test
    void aPortraitPhotoWithContentCredentialsIsPublishedUprightWithoutThem() throws IOException {
        byte[] stored = MediaFiles.portraitStoredSideways();
        byte[] credentials = "JP\0\1jumb c2pa.assertions stds.schema-org.CreativeWork author Jane Lens"
                .getBytes(StandardCharsets.ISO_8859_1);
        int length = credentials.length + 2;
        byte[] photo = new byte[stored.length + length + 2];
        System.arraycopy(stored, 0, photo, 0, 2);
        photo[2] = (byte) 0xFF;
        photo[3] = (byte) 0xEB;
        photo[4] = (byte) (length >> 8);
        photo[5] = (byte) length;
        System.arraycopy(credentials, 0, photo, 6, credentials.length);
        System.arraycopy(stored, 2, photo, 6 + credentials.length, stored.length - 2);
        assertEquals(6, exifOrientation(photo));

        JsonNode item = expect(201, media.upload(photo, "portrait.jpg", "image/jpeg", reporter)).json();
        byte[] copy = media.fetch(item.get("publicUrl").getStringValue()).body();

        assertFalse(contains(copy, "Jane Lens"), "no content credentials left");
        assertFalse(jpegSegments(copy).contains(0xEB), "no APP11 segment left");
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(copy));
        assertTrue(upright.getHeight() > upright.getWidth(), "the portrait stands up in its pixels: "
                + upright.getWidth() + "x" + upright.getHeight());
        assertEquals(800, item.get("width").getIntValue());
        assertEquals(1200, item.get("height").getIntValue());
    }

    /** A PNG's C2PA chunk ({@code caBX}) and its text chunks stay out of the public copy. */
    @Test
    void aPngIsPublishedWithoutItsContentCredentialsOrAuthor() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", written);
        byte[] plain = written.toByteArray();
        byte[] png = concat(Arrays.copyOf(plain, 33), pngChunk("caBX", "jumb c2pa.claim author Jane Lens"),
                pngChunk("tEXt", "Author\0Jane Lens"), Arrays.copyOfRange(plain, 33, plain.length));

        JsonNode item = expect(201, media.upload(png, "chart.png", "image/png", reporter)).json();
        byte[] copy = media.fetch(item.get("publicUrl").getStringValue()).body();

        assertFalse(contains(copy, "Jane Lens"), "no author in the public copy");
        assertFalse(contains(copy, "caBX"), "no content credentials in the public copy");
        assertEquals(8, ImageIO.read(new ByteArrayInputStream(copy)).getWidth());
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

    /** The orientation tag (0x0112) of a JPEG's EXIF block, 1 when it has none. */
    private static int exifOrientation(byte[] jpeg) {
        int at = 2;
        while (at + 3 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) != 0xDA) {
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if ((jpeg[at + 1] & 0xFF) == 0xE1 && contains(Arrays.copyOfRange(jpeg, at + 4, at + 10), "Exif")) {
                int tiff = at + 10;
                boolean big = jpeg[tiff] == 'M';
                int ifd = tiff + (int) number(jpeg, tiff + 4, 4, big);
                int entries = (int) number(jpeg, ifd, 2, big);
                for (int i = 0; i < entries; i++) {
                    int entry = ifd + 2 + i * 12;
                    if (number(jpeg, entry, 2, big) == 0x0112) {
                        return (int) number(jpeg, entry + 8, 2, big);
                    }
                }
            }
            at += 2 + length;
        }
        return 1;
    }

    private static long number(byte[] bytes, int at, int size, boolean bigEndian) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (bytes[bigEndian ? at + i : at + size - 1 - i] & 0xFF);
        }
        return value;
    }

    private static byte[] pngChunk(String type, String data) {
        byte[] body = (type + data).getBytes(StandardCharsets.ISO_8859_1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        int n = body.length - 4;
        long c = crc.getValue();
        return concat(new byte[]{(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n}, body,
                new byte[]{(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
