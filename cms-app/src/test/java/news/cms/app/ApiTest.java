package news.cms.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.DatabaseTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of the HTTP API tests: the whole server on a clean database (H2, or MariaDB/MySQL when
 * {@code CMS_TEST_DB_URL} is set), an HTTP client, the admin's token and helpers that set up a
 * newsroom. Subclasses are {@code @MicronautTest(transactional = false)} with
 * {@code @TestInstance(PER_CLASS)}.
 */
public abstract class ApiTest implements DatabaseTest {

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;

    protected ApiClient api;
    protected String admin;

    @BeforeAll
    void signInAsAdmin() {
        api = new ApiClient(server.getURI(), json);
        admin = api.login(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
    }

    /** Creates a section (as admin) and returns its slug. */
    protected String section(String slug) {
        ApiClient.Reply reply = api.post("/api/sections", Map.of("slug", slug, "title", slug.toUpperCase(),
                "description", "The " + slug + " desk"), admin);
        expect(201, reply);
        return slug;
    }

    /** Creates a user with the role and returns a signed-in token for them. */
    protected String user(String username, String role) {
        String password = "Pass-for-" + username + "-1";
        expect(201, api.post("/api/users", Map.of("username", username, "password", password,
                "displayName", "User " + username, "role", role), admin));
        return api.login(username, password);
    }

    protected static ApiClient.Reply expect(int status, ApiClient.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " on " + TestDatabase.name() + " but got " + reply);
        }
        return reply;
    }

    /** A valid story body in section "news", to be varied with {@code with} and {@code without}. */
    protected static Draft draft(String headline) {
        Draft draft = new Draft();
        draft.put("headline", headline);
        draft.put("dek", "A dek for " + headline);
        draft.put("body", "Body of " + headline);
        draft.put("section", "news");
        return draft;
    }

    /** A JSON body being put together. */
    protected static final class Draft extends LinkedHashMap<String, Object> {
        public Draft with(String key, Object value) {
            put(key, value);
            return this;
        }

        public Draft without(String key) {
            remove(key);
            return this;
        }
    }

    /** The slug of a user's own author profile. */
    protected String authorSlugOf(String username) {
        for (JsonNode user : expect(200, api.get("/api/users", admin)).json().values()) {
            if (username.equals(user.get("username").getStringValue())) {
                return user.get("authorSlug").getStringValue();
            }
        }
        throw new AssertionError("no user " + username);
    }

    /** The story ids of a list answer, in order. */
    protected static List<Long> ids(ApiClient.Reply list) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : list.json().get("items").values()) {
            ids.add(item.get("id").getLongValue());
        }
        return ids;
    }

    /** The text values of a JSON array. */
    protected static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array.values()) {
            values.add(value.getStringValue());
        }
        return values;
    }

    /** The author slugs of a story's bylines, in order. */
    protected static List<String> bylineSlugs(JsonNode story) {
        List<String> slugs = new ArrayList<>();
        for (JsonNode byline : story.get("bylines").values()) {
            slugs.add(byline.get("slug").getStringValue());
        }
        return slugs;
    }

    /** Shorthand for building JSON bodies in tests. */
    protected static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
