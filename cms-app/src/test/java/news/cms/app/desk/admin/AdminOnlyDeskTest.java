package news.cms.app.desk.admin;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.app.plugins.PluginJars;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reporters and editors meet "Admins only" on every admin screen, and their posts there change nothing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminOnlyDeskTest extends ApiTest {

    private long reporterId;
    private String staffSlug;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void newsroom() {
        section("news");
        user("rory", "REPORTER");
        user("erin", "EDITOR");
        reporterId = idOf("rory");
        staffSlug = authorSlugOf("rory");
        expect(201, api.post("/api/authors", body("name", "Wire Agency", "slug", "wire"), admin));
        expect(201, api.upload("/api/plugins", PluginJars.built(PluginJars.HELLO), "hello-plugin.jar",
                "application/java-archive", admin));
    }

    @Test
    void everyAdminScreenRefusesAReporterAndAnEditor() {
        List<String> screens = List.of("/desk/admin", "/desk/admin/users", "/desk/admin/users/new",
                "/desk/admin/users/" + reporterId, "/desk/admin/sections", "/desk/admin/sections/news",
                "/desk/admin/authors", "/desk/admin/authors/wire", "/desk/admin/plugins", "/desk/admin/plugins/hello",
                "/desk/admin/plugins/hello/uninstall");
        SignedIn anAdmin = SignedIn.as(server.getURI(), AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        for (String screen : screens) {
            assertEquals(200, anAdmin.get(screen).status(), "an admin opens " + screen);
        }
        for (String username : List.of("rory", "erin")) {
            SignedIn someone = SignedIn.as(server.getURI(), username, "Pass-for-" + username + "-1");
            assertTrue(someone.html("/desk").select("nav a").eachText().stream().noneMatch("Admin"::equals));
            for (String screen : screens) {
                Browser.Page refused = someone.get(screen);
                assertEquals(403, refused.status(), username + " on " + screen + ": " + refused);
                assertEquals("Admins only", refused.html().selectFirst("h1").text(), screen);
                assertNull(refused.html().selectFirst("form input[name=username], table"), screen);
            }
        }
    }

    @Test
    void theirPostsToTheAdminScreensChangeNothing() {
        for (String username : List.of("rory", "erin")) {
            SignedIn someone = SignedIn.as(server.getURI(), username, "Pass-for-" + username + "-1");
            List<Browser.Page> answers = List.of(
                    someone.post("/desk/admin/users", "username", "intruder", "displayName", "Intruder",
                            "role", "ADMIN", "password", "Pass-for-intruder-1"),
                    someone.post("/desk/admin/users/" + reporterId, "displayName", "Renamed", "role", "ADMIN"),
                    someone.post("/desk/admin/users/" + reporterId + "/disable"),
                    someone.post("/desk/admin/sections", "title", "Leaks", "slug", "leaks", "description", ""),
                    someone.post("/desk/admin/sections/news", "title", "Renamed", "description", ""),
                    someone.post("/desk/admin/authors", "name", "Ghost Writer", "slug", "ghost", "bio", ""),
                    someone.post("/desk/admin/authors/wire", "name", "Renamed", "bio", ""),
                    someone.post("/desk/admin/authors/" + staffSlug, "name", "Renamed", "bio", ""),
                    someone.post("/desk/admin/plugins/hello/enable"),
                    someone.post("/desk/admin/plugins/hello/uninstall"),
                    someone.upload("/desk/admin/plugins", "hello-plugin.jar", "application/java-archive",
                            PluginJars.built(PluginJars.HELLO)));
            for (Browser.Page answer : answers) {
                assertEquals(403, answer.status(), username + ": " + answer);
                assertEquals("Admins only", answer.html().selectFirst("h1").text());
            }
        }

        List<String> usernames = strings("username", api.get("/api/users", admin).json());
        assertEquals(List.of(AdminBootstrap.USERNAME, "erin", "rory"), usernames);
        JsonNode rory = account("rory");
        assertEquals("User rory", rory.get("displayName").getStringValue());
        assertEquals("REPORTER", rory.get("role").getStringValue());
        assertTrue(rory.get("enabled").getBooleanValue());
        assertEquals(List.of("news"), strings("slug", api.get("/api/sections", admin).json()));
        assertEquals("NEWS", api.get("/api/sections/news", admin).text("title"));
        assertEquals("Wire Agency", api.get("/api/authors/wire", admin).text("name"));
        assertEquals("User rory", api.get("/api/authors/" + staffSlug, admin).text("name"));
        assertEquals(404, api.get("/api/authors/ghost", admin).status());
        assertEquals("DISABLED", api.get("/api/plugins/hello", admin).text("state"));
    }

    private static List<String> strings(String field, JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        for (JsonNode item : array.values()) {
            values.add(item.get(field).getStringValue());
        }
        return values.stream().sorted().toList();
    }

    private JsonNode account(String username) {
        for (JsonNode user : expect(200, api.get("/api/users", admin)).json().values()) {
            if (username.equals(user.get("username").getStringValue())) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private long idOf(String username) {
        return account(username).get("id").getLongValue();
    }
}
