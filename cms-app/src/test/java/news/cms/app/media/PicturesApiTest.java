package news.cms.app.media;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static news.cms.app.ProblemAssertions.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pictures through {@code /api/media} with no plugin installed: renditions drawn from the pixels and
 * served for a year, bombs and pretend pictures refused with nothing kept, descriptions and focal
 * points edited, the library searched, an unused picture deleted with its files.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PicturesApiTest extends ApiTest {

    private MediaClient media;
    private String reporter;
    private String editor;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void newsroom() {
        media = new MediaClient(api, server.getURI());
        reporter = user("pia", "REPORTER");
        editor = user("ed", "EDITOR");
    }

    @Test
    void aPhotoGetsRenditionsAndCropsServedImmutableWithoutItsMetadata() {
        JsonNode item = expect(201, media.upload(fixture("small-200x150.jpg"), "harbour.jpg", "image/jpeg", reporter)).json();

        assertEquals(200, item.get("width").getIntValue());
        assertEquals(150, item.get("height").getIntValue());
        assertEquals(0.5, item.get("focalPoint").get("x").getDoubleValue());
        Set<String> types = new HashSet<>();
        Set<String> crops = new HashSet<>();
        for (JsonNode rendition : item.get("renditions").values()) {
            assertTrue(rendition.get("width").getIntValue() <= 200, "never enlarged: " + rendition);
            types.add(rendition.get("type").getStringValue());
            crops.add(rendition.get("crop").isNull() ? "whole" : rendition.get("crop").getStringValue());
            HttpResponse<byte[]> file = media.fetch(rendition.get("url").getStringValue());
            assertEquals(200, file.statusCode(), rendition.toString());
            assertEquals("public, max-age=31536000, immutable", file.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals(rendition.get("type").getStringValue(), file.headers().firstValue("Content-Type").orElseThrow());
            assertFalse(new String(file.body(), StandardCharsets.ISO_8859_1).contains("Exif"), "no EXIF in " + rendition);
        }
        assertEquals(Set.of("image/jpeg", "image/webp"), types);
        assertEquals(Set.of("whole", "16:9", "4:3", "1:1"), crops);
        HttpResponse<byte[]> copy = media.fetch("/media/" + item.get("id").getLongValue() + "/harbour.jpg");
        assertEquals(200, copy.statusCode(), "the public copy at its own name is the largest whole rendition");
        assertEquals("image/jpeg", copy.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(new String(copy.body(), StandardCharsets.ISO_8859_1).contains("Exif"));
    }

    @Test
    void bombsAndPretendPicturesAreRefusedAndNothingIsKept() {
        long started = System.nanoTime();
        fieldError(400, "file", media.upload(fixture("bomb-60000x60000.png"), "bomb.png", "image/png", reporter));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 2_000, "judged from the header, not decoded");
        byte[] junk = "GIF89a and then nothing a decoder could read".getBytes(StandardCharsets.ISO_8859_1);
        fieldError(400, "file", media.upload(junk, "x.gif", "image/gif", reporter));
        fieldError(400, "file", media.upload(MediaFiles.windowsProgram(), "photo.jpg", "image/jpeg", reporter));

        String listed = expect(200, api.get("/api/media?q=bomb", reporter)).body()
                + expect(200, api.get("/api/media?size=100", reporter)).body();
        assertFalse(listed.contains("bomb.png") || listed.contains("\"x.gif\"") || listed.contains("\"photo.jpg\""), listed);
    }

    @Test
    void aNewFocalPointCutsNewCropsAndKeepsTheWholePictureAtItsAddresses() {
        JsonNode item = expect(201, media.upload(stripes(), "quay.jpg", "image/jpeg", reporter)).json();
        long id = item.get("id").getLongValue();

        JsonNode described = expect(200, api.patch("/api/media/" + id,
                Map.of("alt", "Boats at the quay", "caption", "Dawn", "credit", "Agency Pool"), reporter)).json();
        assertEquals("Boats at the quay", described.get("alt").getStringValue());
        assertEquals(urls(item, true), urls(described, true), "a description changes no file");

        JsonNode moved = expect(200, api.patch("/api/media/" + id,
                Map.of("focalPoint", Map.of("x", 0.1, "y", 0.5)), reporter)).json();
        assertEquals(0.1, moved.get("focalPoint").get("x").getDoubleValue());
        assertEquals("Dawn", moved.get("caption").getStringValue(), "the other fields stay");
        assertEquals(urls(item, false), urls(moved, false), "the whole picture keeps its files");
        assertNotEquals(urls(item, true), urls(moved, true), "the crops are new files");
        for (String gone : urls(item, true)) {
            if (!urls(moved, true).contains(gone)) {
                assertEquals(404, media.fetch(gone).statusCode(), "an old crop is gone: " + gone);
            }
        }
        fieldError(400, "focalPoint", api.patch("/api/media/" + id,
                Map.of("focalPoint", Map.of("x", 2, "y", 0.5)), reporter));
        assertTrue(expect(200, api.get("/api/media?q=boats+at", reporter)).body().contains("quay.jpg"),
                "found by its alt text");
    }

    @Test
    void anUnusedPictureIsDeletedByAnEditorWithItsFiles() {
        JsonNode item = expect(201, media.upload(fixture("small-200x150.jpg"), "spare.jpg", "image/jpeg", reporter)).json();
        long id = item.get("id").getLongValue();

        expect(403, api.send("DELETE", "/api/media/" + id, null, null, reporter));
        expect(204, api.send("DELETE", "/api/media/" + id, null, null, editor));

        expect(404, api.get("/api/media/" + id, editor));
        for (String url : urls(item, false)) {
            assertEquals(404, media.fetch(url).statusCode(), url);
        }
    }

    /** The addresses of the crops ({@code crops}) or of the whole picture's renditions. */
    private static List<String> urls(JsonNode item, boolean crops) {
        List<String> urls = new ArrayList<>();
        for (JsonNode rendition : item.get("renditions").values()) {
            if (rendition.get("crop").isNull() != crops) {
                urls.add(rendition.get("url").getStringValue());
            }
        }
        return urls;
    }

    /** A 400 x 300 JPEG whose columns all differ, so that crops cut at different places differ too. */
    private static byte[] stripes() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 300; y++) {
                image.setRGB(x, y, (x * 255 / 400) << 16 | (y * 255 / 300) << 8 | ((x * 7) & 0xFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] fixture(String name) {
        try (InputStream in = PicturesApiTest.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
