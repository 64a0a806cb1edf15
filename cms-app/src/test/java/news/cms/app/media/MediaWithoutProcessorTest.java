package news.cms.app.media;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads with no media plugin enabled: stored as declared, unchecked, said so, not published. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaWithoutProcessorTest extends ApiTest {

    @Test
    void anUploadIsKeptAsDeclaredWithAWarningAndNoPublicCopy() {
        MediaClient media = new MediaClient(api, server.getURI());
        String reporter = user("rob", "REPORTER");
        byte[] photo = MediaFiles.geotaggedJpeg();

        JsonNode item = expect(201, media.upload(photo, "C:\\photos\\photo.jpg", "image/jpeg", reporter)).json();

        assertEquals("photo.jpg", item.get("filename").getStringValue());
        assertEquals("image/jpeg", item.get("mimeType").getStringValue());
        assertTrue(item.get("text").isNull());
        assertEquals(0, item.get("metadata").size());
        assertTrue(strings(item.get("warnings")).get(0).contains("no media processor is enabled"));
        assertTrue(item.get("publicUrl").isNull());
        assertEquals(404, media.fetch("/media/" + item.get("id").getLongValue() + "/photo.jpg").statusCode());
        assertEquals(201, media.upload("x".getBytes(StandardCharsets.UTF_8), "x.txt", "text/plain", reporter).status());
    }
}
