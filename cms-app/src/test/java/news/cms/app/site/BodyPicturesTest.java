package news.cms.app.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ![alt](media:ID)} in a story's body shows the library's picture on the article page,
 * responsively and with its size, and the picture cannot be deleted while a body shows it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyPicturesTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @Test
    void aLibraryPictureInABodyIsShownWithItsRenditionsAndKeptWhileShown() throws IOException {
        section("local");
        String editor = user("body-editor", "EDITOR");
        long picture = expect(201, api.upload("/api/media", fixture(), "harbour.jpg", "image/jpeg", editor)).number("id");
        ApiClient.Reply story = expect(201, api.post("/api/stories", body("headline", "Boats return to the harbour",
                "dek", "Dawn at the port", "section", "local",
                "body", "The boats came in.\n\n![Harbour at dawn](media:" + picture + ")\n\n![Gone](media:987654)\n"), editor));
        String address = expect(200, api.post("/api/stories/" + story.number("id") + "/publish", Map.of(), editor))
                .text("address");

        String html = expect(200, api.getAsBrowser(address)).body();
        Document page = Jsoup.parse(html);
        Element image = page.selectFirst("img[alt=Harbour at dawn]");
        assertNotNull(image, html);
        assertTrue(image.attr("src").startsWith("/pictures/" + picture + "/"), image.outerHtml());
        assertTrue(image.attr("srcset").contains("/pictures/" + picture + "/"), image.outerHtml());
        assertEquals("200", image.attr("width"), "the fixture's own size: never enlarged");
        assertEquals("150", image.attr("height"));
        Element webp = image.parent().selectFirst("source[type=image/webp]");
        assertNotNull(webp, "a WebP for browsers that take it: " + image.parent().outerHtml());
        assertEquals(200, api.getAsBrowser(image.attr("src")).status());
        assertTrue(page.select("img[alt=Gone]").isEmpty(), "a media: address that names no picture is dropped");
        assertEquals(List.of(), new NuHtmlChecker().errors(html), "and the page stays valid HTML");

        ApiClient.Reply refused = expect(409, api.send("DELETE", "/api/media/" + picture, null, null, editor));
        assertTrue(refused.body().contains("Boats return to the harbour"), refused.body());
        assertEquals(200, api.getAsBrowser(image.attr("src")).status(), "a refused delete keeps the files");
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = BodyPicturesTest.class.getResourceAsStream("/media/small-200x150.jpg")) {
            return in.readAllBytes();
        }
    }
}
