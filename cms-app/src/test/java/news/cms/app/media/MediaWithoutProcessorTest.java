package news.cms.app.media;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads with no media plugin enabled: stored as declared, unchecked, said so, not published. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaWithoutProcessorTest extends ApiTest {

    /** No plugin: a picture is still read, warned about and published as renditions drawn from its pixels. */
    @Test
    void aPictureNeedsNoPluginAndIsPublishedWithoutItsMetadata() {
        MediaClient media = new MediaClient(api, server.getURI());
        String reporter = user("rob", "REPORTER");
        byte[] photo = MediaFiles.geotaggedJpeg();

        JsonNode item = expect(201, media.upload(photo, "C:\\photos\\photo.jpg", "image/jpeg", reporter)).json();

        assertEquals("photo.jpg", item.get("filename").getStringValue());
        assertEquals("image/jpeg", item.get("mimeType").getStringValue());
        String warnings = String.join("\n", strings(item.get("warnings")));
        assertTrue(warnings.contains("GPS"), warnings);
        String publicUrl = item.get("publicUrl").getStringValue();
        assertTrue(publicUrl.startsWith("/pictures/"), publicUrl);
        byte[] published = media.fetch(publicUrl).body();
        assertFalse(new String(published, StandardCharsets.ISO_8859_1).contains("Exif"), "no EXIF in what readers get");
    }

    /** No plugin: any other file is kept for the newsroom with a warning, and readers get nothing. */
    @Test
    void anotherFileIsKeptAsDeclaredWithAWarningAndNoPublicCopy() {
        MediaClient media = new MediaClient(api, server.getURI());
        String reporter = user("ria", "REPORTER");

        JsonNode item = expect(201, media.upload("Minutes".getBytes(StandardCharsets.UTF_8), "C:\\notes\\minutes.txt",
                "text/plain", reporter)).json();

        assertEquals("minutes.txt", item.get("filename").getStringValue());
        assertEquals("text/plain", item.get("mimeType").getStringValue());
        assertTrue(item.get("text").isNull());
        assertTrue(strings(item.get("warnings")).get(0).contains("no media processor is enabled"));
        assertTrue(item.get("publicUrl").isNull());
        assertEquals(404, media.fetch("/media/" + item.get("id").getLongValue() + "/minutes.txt").statusCode());
    }
}
