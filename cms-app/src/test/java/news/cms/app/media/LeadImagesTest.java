package news.cms.app.media;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import static news.cms.app.ProblemAssertions.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story's lead image and an author's photo: a lead image without alt text keeps the story off the
 * site (409 naming {@code leadImage.alt}), the story answers the picture's description where it gives
 * none of its own, and a picture in use is kept.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadImagesTest extends ApiTest {

    private String editor;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void newsroom() {
        section("world");
        editor = user("lead-editor", "EDITOR");
    }

    @Test
    void aLeadImageWithoutAltTextKeepsTheStoryOffTheSiteUntilThePictureIsDescribed() {
        long picture = picture("launch.jpg");
        expect(200, api.patch("/api/media/" + picture, Map.of("caption", "A launch", "credit", "Agency Pool"), editor));
        long story = expect(201, api.post("/api/stories", draft("Missiles fired").with("section", "world")
                .with("leadImage", Map.of("media", picture)), editor)).number("id");

        fieldError(409, "leadImage.alt", api.post("/api/stories/" + story + "/publish", Map.of(), editor));
        fieldError(409, "leadImage.alt", api.post("/api/stories/" + story + "/schedule",
                Map.of("publishAt", "2099-01-01T08:00:00Z"), editor));
        assertEquals("DRAFT", expect(200, api.get("/api/stories/" + story, editor)).text("status"));

        expect(200, api.patch("/api/media/" + picture, Map.of("alt", "A missile rising over the sea"), editor));
        JsonNode lead = expect(200, api.post("/api/stories/" + story + "/publish", Map.of(), editor)).json().get("leadImage");
        assertEquals(picture, lead.get("media").getLongValue());
        assertEquals("A missile rising over the sea", lead.get("alt").getStringValue(), "the picture's own alt");
        assertEquals("A launch", lead.get("caption").getStringValue());
        assertEquals("Agency Pool", lead.get("credit").getStringValue());
    }

    @Test
    void aStorysOwnDescriptionOfItsLeadImageWinsAndAPictureInUseIsKept() {
        long picture = picture("harbour.jpg");
        ApiClient.Reply created = expect(201, api.post("/api/stories", draft("Boats return").with("section", "world")
                .with("leadImage", Map.of("media", picture, "alt", "Fishing boats at dawn")), editor));
        assertEquals("Fishing boats at dawn", created.json().get("leadImage").get("alt").getStringValue());
        expect(200, api.post("/api/stories/" + created.number("id") + "/publish", Map.of(), editor));

        ApiClient.Reply refused = expect(409, api.send("DELETE", "/api/media/" + picture, null, null, editor));
        assertTrue(refused.body().contains("Boats return"), refused.body());

        fieldError(400, "leadImage.media", api.post("/api/stories", draft("No such picture").with("section", "world")
                .with("leadImage", Map.of("media", 987654)), editor));
    }

    @Test
    void anAuthorsPhotoIsAPictureOfTheLibraryAndIsKeptWhileShown() {
        long photo = picture("portrait.jpg");
        String slug = expect(201, api.post("/api/authors", Map.of("name", "Jeongmin Kim", "bio", "Seoul"), editor))
                .text("slug");

        expect(200, api.put("/api/authors/" + slug, Map.of("name", "Jeongmin Kim", "slug", slug, "bio", "Seoul",
                "photo", photo), editor));

        assertEquals(photo, expect(200, api.get("/api/authors/" + slug, editor)).number("photo"));
        ApiClient.Reply refused = expect(409, api.send("DELETE", "/api/media/" + photo, null, null, editor));
        assertTrue(refused.body().contains("Jeongmin Kim"), refused.body());
        fieldError(400, "photo", api.put("/api/authors/" + slug, Map.of("name", "Jeongmin Kim", "slug", slug,
                "photo", 987654), editor));
    }

    private long picture(String name) {
        try (InputStream in = LeadImagesTest.class.getResourceAsStream("/media/small-200x150.jpg")) {
            return expect(201, api.upload("/api/media", in.readAllBytes(), name, "image/jpeg", editor)).number("id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
