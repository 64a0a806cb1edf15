package news.cms.app.people;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static news.cms.app.ProblemAssertions.fieldError;
import static news.cms.app.ProblemAssertions.fields;
import static news.cms.app.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People and places: users (admins), author profiles (editors; each user their own) and sections (admins). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleApiTest extends ApiTest {

    private String editor;
    private String reporter;
    private String reporterSlug;

    @BeforeAll
    void newsroom() {
        editor = user("chief", "EDITOR");
        reporter = user("cub", "REPORTER");
        reporterSlug = userNamed("cub").get("authorSlug").getStringValue();
    }

    // ---- users --------------------------------------------------------------------------------------

    @Test
    void creatingAUserAnswers201WithTheContractFieldsAndNeverThePassword() {
        String password = "Correct-horse-9";
        ApiClient.Reply reply = expect(201, api.post("/api/users", body("username", "minji", "password", password,
                "displayName", "Min-ji Park", "role", "REPORTER"), admin));
        JsonNode user = reply.json();
        long id = user.get("id").getLongValue();
        assertTrue(id > 0);
        assertEquals("minji", reply.text("username"));
        assertEquals("Min-ji Park", reply.text("displayName"));
        assertEquals("REPORTER", reply.text("role"));
        assertTrue(user.get("enabled").getBooleanValue());
        assertEquals("min-ji-park", reply.text("authorSlug"));
        Set<String> keys = keys(user);
        assertEquals(new TreeSet<>(List.of("id", "username", "displayName", "role", "enabled", "authorSlug")), keys);
        for (String key : keys) {
            String lower = key.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("password") || lower.contains("hash"), "secret field " + key + " in " + reply);
        }
        assertFalse(reply.body().contains(password), reply.body());
        assertFalse(reply.body().contains("$argon2"), reply.body());
        String location = reply.header("Location");
        assertNotNull(location);
        assertTrue(location.endsWith("/api/users/" + id), location);

        // the list and the single read show the same, and never a hash either
        ApiClient.Reply list = expect(200, api.get("/api/users", admin));
        assertFalse(list.body().contains("$argon2") || list.body().toLowerCase(Locale.ROOT).contains("password"), list.body());
        assertEquals(user, expect(200, api.get("/api/users/" + id, admin)).json());
        // every user has an author profile, named after them
        assertEquals("Min-ji Park", expect(200, api.get("/api/authors/min-ji-park", admin)).text("name"));
        // and can sign in
        api.login("minji", password);
    }

    @Test
    void aTakenUsernameIs409NamingUsername() {
        expect(201, api.post("/api/users", newUser("twice", "REPORTER"), admin));
        ApiClient.Reply reply = fieldError(409, "username", api.post("/api/users", newUser("twice", "EDITOR"), admin));
        assertTrue(reply.text("detail").contains("twice"), reply.body());
    }

    @Test
    void aPasswordOfNineCharactersIs400NamingPasswordAndTenIsEnough() {
        ApiClient.Reply reply = fieldError("password", api.post("/api/users", body("username", "shortpw",
                "password", "123456789", "displayName", "Short Password", "role", "REPORTER"), admin));
        assertTrue(reply.text("detail").contains("10"), reply.body());
        fieldError("password", api.post("/api/users", body("username", "nopw", "displayName", "No Password", "role", "REPORTER"), admin));
        expect(201, api.post("/api/users", body("username", "shortpw", "password", "1234567890",
                "displayName", "Ten Characters", "role", "REPORTER"), admin));
    }

    @Test
    void aRoleOutsideTheThreeIs400() {
        problem(400, api.post("/api/users", body("username", "chiefly", "password", "Long-enough-1",
                "displayName", "Chief", "role", "CHIEF"), admin));
        problem(400, api.post("/api/users", body("username", "lowrole", "password", "Long-enough-1",
                "displayName", "Lower", "role", "reporter"), admin));
        fieldError("role", api.post("/api/users", body("username", "norole", "password", "Long-enough-1",
                "displayName", "No Role"), admin));
        assertTrue(userNamedOrNull("chiefly") == null && userNamedOrNull("lowrole") == null, "nothing was created");
    }

    @Test
    void aRoleOutsideTheThreeNamesTheRoleField() {
        fieldError("role", api.post("/api/users", body("username", "chiefly2", "password", "Long-enough-1",
                "displayName", "Chief", "role", "CHIEF"), admin));
    }

    @Test
    void badUsernamesAndEmptyBodiesNameEveryField() {
        fieldError("username", api.post("/api/users", newUser("Has Space", "REPORTER"), admin));
        fieldError("username", api.post("/api/users", newUser("UPPER", "REPORTER"), admin));
        fieldError("username", api.post("/api/users", newUser("x", "REPORTER"), admin));
        ApiClient.Reply empty = problem(400, api.post("/api/users", body(), admin));
        assertTrue(fields(empty).containsAll(List.of("username", "password", "displayName", "role")), empty.body());
        fieldError("bogus", api.post("/api/users", body("username", "bogus1", "password", "Long-enough-1",
                "displayName", "Bogus", "role", "REPORTER", "bogus", 1), admin));
    }

    @Test
    void editorsAndReportersMayNotManageUsers() {
        long someone = userNamed("cub").get("id").getLongValue();
        for (String token : List.of(editor, reporter)) {
            problem(403, api.post("/api/users", newUser("sneaky", "ADMIN"), token));
            problem(403, api.get("/api/users", token));
            problem(403, api.get("/api/users/" + someone, token));
            problem(403, api.patch("/api/users/" + someone, body("role", "ADMIN"), token));
        }
        assertTrue(userNamedOrNull("sneaky") == null, "no user was created");
        assertEquals("REPORTER", userNamed("cub").get("role").getStringValue());
    }

    @Test
    void anAdminReadsAndPatchesAUser() {
        long id = expect(201, api.post("/api/users", newUser("patchme", "REPORTER"), admin)).number("id");
        ApiClient.Reply read = expect(200, api.get("/api/users/" + id, admin));
        assertEquals("patchme", read.text("username"));
        String slug = read.text("authorSlug");

        ApiClient.Reply renamed = expect(200, api.patch("/api/users/" + id, body("displayName", "Pat Chme"), admin));
        assertEquals("Pat Chme", renamed.text("displayName"));
        assertEquals("REPORTER", renamed.text("role"), "fields left out stay as they are");
        assertTrue(renamed.json().get("enabled").getBooleanValue());
        assertEquals(slug, renamed.text("authorSlug"), "the author slug is stable: links depend on it");
        assertEquals("Pat Chme", expect(200, api.get("/api/authors/" + slug, editor)).text("name"));

        ApiClient.Reply promoted = expect(200, api.patch("/api/users/" + id, body("role", "EDITOR"), admin));
        assertEquals("EDITOR", promoted.text("role"));
        ApiClient.Reply disabled = expect(200, api.patch("/api/users/" + id, body("enabled", false), admin));
        assertFalse(disabled.json().get("enabled").getBooleanValue());
        assertEquals(disabled.json(), expect(200, api.get("/api/users/" + id, admin)).json());

        fieldError("displayName", api.patch("/api/users/" + id, body("displayName", "  "), admin));
        problem(404, api.get("/api/users/987654", admin));
        problem(404, api.patch("/api/users/987654", body("displayName", "Nobody"), admin));
        problem(400, api.get("/api/users/not-a-number", admin));
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        long me = userNamed("admin").get("id").getLongValue();
        fieldError("enabled", api.patch("/api/users/" + me, body("enabled", false), admin));
        fieldError("role", api.patch("/api/users/" + me, body("role", "EDITOR"), admin));
        expect(200, api.get("/api/users", admin));
    }

    @Test
    void changingYourOwnPasswordEndsOldSessionsAndTheOldPassword() throws InterruptedException {
        String oldPassword = "Pass-for-mover-1";
        String token = user("mover", "REPORTER");
        Thread.sleep(1100); // tokens carry whole seconds; the change must come in a later second

        ApiClient.Reply wrong = fieldError("currentPassword", api.put("/api/users/me/password",
                body("currentPassword", "not-my-password", "newPassword", "Brand-new-pass-2"), token));
        assertFalse(fields(wrong).contains("newPassword"), wrong.body());
        fieldError("newPassword", api.put("/api/users/me/password",
                body("currentPassword", oldPassword, "newPassword", "short"), token));
        // the refused attempts changed nothing
        expect(200, api.get("/api/stories", token));

        ApiClient.Reply changed = expect(204, api.put("/api/users/me/password",
                body("currentPassword", oldPassword, "newPassword", "Brand-new-pass-2"), token));
        assertTrue(changed.body().isEmpty(), changed.body());

        problem(401, api.post("/login", body("username", "mover", "password", oldPassword), null));
        String fresh = api.login("mover", "Brand-new-pass-2");
        problem(401, api.get("/api/stories", token));
        expect(200, api.get("/api/stories", fresh));
    }

    @Test
    void anAdminSetsANewPasswordForSomeoneWhoLostTheirsAndTheirSessionsEnd() throws InterruptedException {
        String token = user("lostkey", "REPORTER");
        long id = userNamed("lostkey").get("id").getLongValue();
        Thread.sleep(1100); // tokens carry whole seconds; the change must come in a later second

        fieldError("newPassword", api.put("/api/users/" + id + "/password", body("newPassword", "short"), admin));
        problem(403, api.put("/api/users/" + id + "/password", body("newPassword", "Not-allowed-pass-1"), editor));
        problem(403, api.put("/api/users/" + id + "/password", body("newPassword", "Not-allowed-pass-1"), token));
        expect(200, api.get("/api/stories", token)); // the refused attempts changed nothing

        expect(204, api.put("/api/users/" + id + "/password", body("newPassword", "Handed-over-pass-1"), admin));
        problem(401, api.get("/api/stories", token));
        problem(401, api.post("/login", body("username", "lostkey", "password", "Pass-for-lostkey-1"), null));
        expect(200, api.get("/api/stories", api.login("lostkey", "Handed-over-pass-1")));

        long me = userNamed("admin").get("id").getLongValue();
        fieldError("newPassword", api.put("/api/users/" + me + "/password", body("newPassword", "Admins-own-pass-1"), admin));
    }

    @Test
    void editorsChangeTheirOwnPasswordToo() throws InterruptedException {
        String token = user("penpal", "EDITOR");
        Thread.sleep(1100);
        expect(204, api.put("/api/users/me/password",
                body("currentPassword", "Pass-for-penpal-1", "newPassword", "Another-pass-3"), token));
        api.login("penpal", "Another-pass-3");
    }

    // ---- authors ------------------------------------------------------------------------------------

    @Test
    void anEditorAddsAGuestBylineWithASlugMadeFromTheName() {
        ApiClient.Reply first = expect(201, api.post("/api/authors", body("name", "Min Chao Choy"), editor));
        assertEquals("min-chao-choy", first.text("slug"));
        assertEquals("Min Chao Choy", first.text("name"));
        assertTrue(first.json().get("id").getLongValue() > 0);
        assertNotNull(first.json().get("bio"), first.body());
        assertEquals(new TreeSet<>(List.of("id", "slug", "name", "bio", "photo")), keys(first.json()));
        assertTrue(first.header("Location").endsWith("/api/authors/min-chao-choy"), first.header("Location"));

        ApiClient.Reply second = expect(201, api.post("/api/authors", body("name", "Min Chao Choy", "bio", "The other one"), editor));
        assertEquals("min-chao-choy-2", second.text("slug"));
        assertEquals("The other one", second.text("bio"));
        assertEquals("min-chao-choy-3", expect(201, api.post("/api/authors", body("name", "Min Chao Choy"), admin)).text("slug"));

        assertEquals("zoe-angstrom", expect(201, api.post("/api/authors", body("name", "Zoë Ångström"), editor)).text("slug"));
        assertEquals("The other one", expect(200, api.get("/api/authors/min-chao-choy-2", reporter)).text("bio"));
    }

    @Test
    void simultaneousAuthorsWithOneNameAllGetTheirOwnSlug() throws Exception {
        int writers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ApiClient.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/authors", body("name", "Pat Same-Name"), editor);
                }));
            }
            start.countDown();
            Set<String> slugs = new TreeSet<>();
            List<ApiClient.Reply> replies = new ArrayList<>();
            for (java.util.concurrent.Future<ApiClient.Reply> future : futures) {
                replies.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            for (ApiClient.Reply reply : replies) {
                assertEquals(201, reply.status(), replies.toString());
                slugs.add(reply.text("slug"));
            }
            assertEquals(writers, slugs.size(), slugs.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExplicitSlugMustBeFreeAndWellFormed() {
        assertEquals("wire-service", expect(201, api.post("/api/authors",
                body("name", "Wire Service", "slug", "wire-service"), editor)).text("slug"));
        fieldError(409, "slug", api.post("/api/authors", body("name", "Another Wire", "slug", "wire-service"), editor));
        fieldError("slug", api.post("/api/authors", body("name", "Bad Slug", "slug", "Bad Slug"), editor));
        fieldError("name", api.post("/api/authors", body("slug", "nameless"), editor));
        fieldError("name", api.post("/api/authors", body("name", "  "), editor));
        // a user's own profile slug is taken too
        fieldError(409, "slug", api.post("/api/authors", body("name", "Copycat", "slug", reporterSlug), editor));
    }

    @Test
    void reportersReadAuthorsButMayNotAddThem() {
        expect(201, api.post("/api/authors", body("name", "Agency Desk"), editor));
        problem(403, api.post("/api/authors", body("name", "Reporter's Friend"), reporter));
        ApiClient.Reply list = expect(200, api.get("/api/authors", reporter));
        List<String> slugs = new ArrayList<>();
        for (JsonNode author : list.json().values()) {
            slugs.add(author.get("slug").getStringValue());
        }
        assertTrue(slugs.contains("agency-desk"), slugs.toString());
        assertTrue(slugs.contains(reporterSlug), slugs.toString());
        assertFalse(slugs.contains("reporter-s-friend"), slugs.toString());
        expect(200, api.get("/api/authors/agency-desk", reporter));
        problem(404, api.get("/api/authors/no-such-author", reporter));
    }

    @Test
    void aReporterEditsTheirOwnProfileButNoOneElses() {
        ApiClient.Reply own = expect(200, api.put("/api/authors/" + reporterSlug,
                body("name", "Cub Reporter", "bio", "Covers the night shift"), reporter));
        assertEquals("Cub Reporter", own.text("name"));
        assertEquals("Covers the night shift", own.text("bio"));
        assertEquals(reporterSlug, own.text("slug"));

        String editorSlug = userNamed("chief").get("authorSlug").getStringValue();
        expect(201, api.post("/api/authors", body("name", "Guest Columnist", "slug", "guest-columnist"), editor));
        problem(403, api.put("/api/authors/" + editorSlug, body("name", "Defaced"), reporter));
        problem(403, api.put("/api/authors/guest-columnist", body("name", "Defaced"), reporter));
        assertEquals("Guest Columnist", expect(200, api.get("/api/authors/guest-columnist", reporter)).text("name"));

        // editors may change any profile, but no one changes a slug
        assertEquals("Guest Columnist Jr", expect(200, api.put("/api/authors/guest-columnist",
                body("name", "Guest Columnist Jr"), editor)).text("name"));
        fieldError("slug", api.put("/api/authors/guest-columnist", body("name", "Renamed", "slug", "renamed"), editor));
        problem(404, api.put("/api/authors/no-such-author", body("name", "Ghost"), editor));
    }

    // ---- sections -----------------------------------------------------------------------------------

    @Test
    void anAdminCreatesASection() {
        ApiClient.Reply reply = expect(201, api.post("/api/sections",
                body("slug", "culture", "title", "Culture", "description", "Arts and letters"), admin));
        assertEquals("culture", reply.text("slug"));
        assertEquals("Culture", reply.text("title"));
        assertEquals("Arts and letters", reply.text("description"));
        assertTrue(reply.json().get("id").getLongValue() > 0);
        assertTrue(reply.header("Location").endsWith("/api/sections/culture"), reply.header("Location"));
        assertEquals(reply.json(), expect(200, api.get("/api/sections/culture", reporter)).json());
    }

    @Test
    void aTakenSectionSlugIs409() {
        section("weather");
        fieldError(409, "slug", api.post("/api/sections", body("slug", "weather", "title", "Weather again"), admin));
    }

    @Test
    void reservedAndMalformedSectionSlugsAre400() {
        for (String slug : List.of("api", "feed", "author", "tag", "login", "2024")) {
            fieldError("slug", api.post("/api/sections", body("slug", slug, "title", "Reserved " + slug), admin));
        }
        for (String slug : List.of("Bad Slug", "UPPER", "-dash", "dash-", "a--b", "ümlaut", "x".repeat(81))) {
            fieldError("slug", api.post("/api/sections", body("slug", slug, "title", "Malformed"), admin));
        }
        fieldError("slug", api.post("/api/sections", body("title", "No slug"), admin));
        fieldError("title", api.post("/api/sections", body("slug", "untitled"), admin));
        ApiClient.Reply list = expect(200, api.get("/api/sections", admin));
        for (JsonNode section : list.json().values()) {
            assertFalse(List.of("api", "feed", "untitled").contains(section.get("slug").getStringValue()), list.body());
        }
    }

    @Test
    void onlyAdminsShapeSectionsButEveryoneSignedInReadsThem() {
        section("politics");
        problem(403, api.post("/api/sections", body("slug", "by-editor", "title", "By Editor"), editor));
        problem(403, api.post("/api/sections", body("slug", "by-reporter", "title", "By Reporter"), reporter));
        problem(403, api.put("/api/sections/politics", body("title", "Hijacked"), editor));
        for (String token : List.of(reporter, editor, admin)) {
            ApiClient.Reply list = expect(200, api.get("/api/sections", token));
            List<String> slugs = new ArrayList<>();
            for (JsonNode section : list.json().values()) {
                slugs.add(section.get("slug").getStringValue());
            }
            assertTrue(slugs.contains("politics"), slugs.toString());
            assertFalse(slugs.contains("by-editor") || slugs.contains("by-reporter"), slugs.toString());
            expect(200, api.get("/api/sections/politics", token));
        }
        assertEquals("POLITICS", expect(200, api.get("/api/sections/politics", reporter)).text("title"));
        problem(404, api.get("/api/sections/no-such-section", reporter));
    }

    @Test
    void puttingASectionChangesItsTitleAndDescriptionButNotItsSlug() {
        section("science");
        ApiClient.Reply changed = expect(200, api.put("/api/sections/science",
                body("title", "Science & Tech", "description", "Labs, launches and gadgets"), admin));
        assertEquals("Science & Tech", changed.text("title"));
        assertEquals("Labs, launches and gadgets", changed.text("description"));
        assertEquals("science", changed.text("slug"));
        assertEquals(changed.json(), expect(200, api.get("/api/sections/science", reporter)).json());

        expect(200, api.put("/api/sections/science", body("slug", "science", "title", "Science"), admin));
        fieldError("slug", api.put("/api/sections/science", body("slug", "sci", "title", "Sci"), admin));
        fieldError("title", api.put("/api/sections/science", body("title", " "), admin));
        problem(404, api.put("/api/sections/no-such-section", body("title", "Ghost"), admin));
        assertEquals("Science", expect(200, api.get("/api/sections/science", reporter)).text("title"));
    }

    @Test
    void aSectionTitleOf200EmojiIsWithinTheLimit() {
        // The limit is 200 characters (code points); an emoji is one character but two UTF-16 units.
        String title = "🌍".repeat(200);
        ApiClient.Reply reply = expect(201, api.post("/api/sections", body("slug", "world", "title", title), admin));
        assertEquals(title, reply.text("title"));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static Map<String, Object> newUser(String username, String role) {
        return body("username", username, "password", "Pass-for-" + username + "-1", "displayName", "User " + username,
                "role", role);
    }

    private JsonNode userNamed(String username) {
        JsonNode user = userNamedOrNull(username);
        if (user == null) {
            throw new AssertionError("no user " + username);
        }
        return user;
    }

    private JsonNode userNamedOrNull(String username) {
        for (JsonNode user : expect(200, api.get("/api/users", admin)).json().values()) {
            if (username.equals(user.get("username").getStringValue())) {
                return user;
            }
        }
        return null;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<String, JsonNode> entry : object.entries()) {
            keys.add(entry.getKey());
        }
        return keys;
    }
}
