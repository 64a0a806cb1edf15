package news.cms.app.stories;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A byline is an author slug or {slug, credit}; the story answers {slug, name, credit} in order. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BylineCreditsApiTest extends ApiTest {

    private String editor;
    private String kim;
    private String zwirko;

    @BeforeAll
    void aDeskWithTwoContributors() {
        section("world");
        editor = user("desk", "EDITOR");
        kim = expect(201, api.post("/api/authors", body("name", "Jeongmin Kim"), editor)).text("slug");
        zwirko = expect(201, api.post("/api/authors", body("name", "Colin Zwirko"), editor)).text("slug");
    }

    @Test
    void aTranslatorIsCreditedAsSuchAndTheOrderIsKept() {
        ApiClient.Reply created = expect(201, api.post("/api/stories", body("headline", "Ships seen near port",
                "section", "world", "bylines", List.of(zwirko, Map.of("slug", kim, "credit", "Translated by"))), editor));
        JsonNode bylines = created.json().get("bylines");
        assertEquals(zwirko, bylines.get(0).get("slug").getStringValue());
        assertTrue(bylines.get(0).get("credit").isNull());
        assertEquals(kim, bylines.get(1).get("slug").getStringValue());
        assertEquals("Jeongmin Kim", bylines.get(1).get("name").getStringValue());
        assertEquals("Translated by", bylines.get(1).get("credit").getStringValue());

        long id = created.number("id");
        ApiClient.Reply saved = expect(200, api.put("/api/stories/" + id, body("headline", "Ships seen near the port",
                "section", "world", "version", created.number("version")), editor));
        assertEquals("Translated by", saved.json().get("bylines").get(1).get("credit").getStringValue(),
                "a save without bylines keeps them, credits included");
        ApiClient.Reply snapshot = expect(200, api.get("/api/stories/" + id + "/revisions/1", editor));
        assertTrue(snapshot.body().contains("Translated by"), snapshot.body());
    }

    @Test
    void aBylineThatIsNeitherASlugNorSlugAndCreditIsRefused() {
        for (Object bad : List.<Object>of(Map.of("slug", 5), Map.of("slug", kim, "role", "Photos"), 42,
                Map.of("slug", kim, "credit", "c".repeat(201)))) {
            ApiClient.Reply reply = expect(400, api.post("/api/stories", body("headline", "Bad byline", "section", "world",
                    "bylines", List.of(bad)), editor));
            assertEquals("bylines", reply.json().get("errors").get(0).get("field").getStringValue(), reply.body());
        }
    }
}
