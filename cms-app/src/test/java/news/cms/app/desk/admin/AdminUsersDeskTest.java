package news.cms.app.desk.admin;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin manages accounts in the desk: new ones, a role, a disabled account; and cannot lock themselves out. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUsersDeskTest extends ApiTest {

    private SignedIn desk;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void adminSignedIn() {
        desk = SignedIn.as(server.getURI(), AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
    }

    @Test
    void aNewAccountWithFaultsShowsEachNextToItsFieldAndKeepsWhatWasTypedButThePassword() {
        Browser.Page refused = desk.post("/desk/admin/users", "username", "Rita Reporter", "displayName", " ",
                "role", "", "password", "short");
        assertEquals(400, refused.status(), refused.toString());
        Document form = refused.html();
        assertTrue(form.selectFirst(".errors").text().contains("Nothing was saved"));
        assertTrue(form.selectFirst("#username-error").text().contains("lowercase letters"), form.html());
        assertEquals("Is required.", form.selectFirst("#displayName-error").text());
        assertEquals("Is required.", form.selectFirst("#role-error").text());
        assertEquals("Must be at least 10 characters.", form.selectFirst("#password-error").text());
        assertEquals("Rita Reporter", form.selectFirst("input#username").val());
        assertEquals("true", form.selectFirst("input#username").attr("aria-invalid"));
        assertTrue(form.selectFirst("input#username").attr("aria-describedby").contains("username-error"));
        assertEquals("", form.selectFirst("input#password").val());
        assertFalse(refused.raw().body().contains("short\""), "the password is never sent back");
        assertFalse(accountExists("rita"));

        Browser.Page created = desk.post("/desk/admin/users", "username", "rita", "displayName", "Rita Reporter",
                "role", "REPORTER", "password", "Pass-for-rita-1");
        Document account = desk.follow(created);
        assertTrue(account.selectFirst(".notice").text().contains("Account rita created"), account.html());
        assertEquals("rita", account.selectFirst("h1").text());
        assertEquals("Rita Reporter", account.selectFirst("input#displayName").val());
        assertEquals("REPORTER", account.selectFirst("select#role option[selected]").val());
        Element row = userRow(desk.html("/desk/admin"), "rita");
        assertEquals(List.of("rita", "Rita Reporter", "Reporter", "Enabled"), row.select("td").eachText());
        assertEquals(303, new Browser(server.getURI()).signIn("rita", "Pass-for-rita-1").status(), "she can sign in");

        Browser.Page taken = desk.post("/desk/admin/users", "username", "rita", "displayName", "Another Rita",
                "role", "EDITOR", "password", "Pass-for-rita-2");
        assertEquals(409, taken.status(), taken.toString());
        assertEquals("'rita' is already taken.", taken.html().selectFirst("#username-error").text());
        assertEquals("Another Rita", taken.html().selectFirst("input#displayName").val());
        assertEquals("EDITOR", taken.html().selectFirst("select#role option[selected]").val());
    }

    @Test
    void aNewRoleShowsInTheListAndEndsThePersonsSession() throws InterruptedException {
        user("eddie", "REPORTER");
        SignedIn eddie = SignedIn.as(server.getURI(), "eddie", "Pass-for-eddie-1");
        long id = idOf("eddie");
        Thread.sleep(1100); // sessions carry whole seconds; the change must come in a later second

        Document saved = desk.follow(desk.post("/desk/admin/users/" + id, "displayName", "Eddie Editor",
                "role", "EDITOR"));
        assertTrue(saved.selectFirst(".notice").text().startsWith("Saved."));
        assertEquals(List.of("eddie", "Eddie Editor", "Editor", "Enabled"),
                userRow(desk.html("/desk/admin"), "eddie").select("td").eachText());
        Browser.Page stale = eddie.get("/desk/media");
        assertEquals(303, stale.status(), "the old session ended: " + stale);
        assertTrue(stale.header("Location").startsWith("/desk?next="), stale.header("Location"));

        Browser.Page blank = desk.post("/desk/admin/users/" + id, "displayName", "", "role", "REPORTER");
        assertEquals(400, blank.status(), blank.toString());
        assertEquals("Is required.", blank.html().selectFirst("#displayName-error").text());
        assertEquals("REPORTER", blank.html().selectFirst("select#role option[selected]").val(), "the choice is kept");
        assertEquals("EDITOR", account("eddie").get("role").getStringValue(), "nothing changed");
    }

    @Test
    void aDisabledAccountCannotSignInUntilItIsEnabledAgain() {
        user("dora", "REPORTER");
        long id = idOf("dora");

        Document disabled = desk.follow(desk.post("/desk/admin/users/" + id + "/disable"));
        assertTrue(disabled.selectFirst(".notice").text().contains("Account disabled"));
        assertNotNull(disabled.selectFirst("form[action=/desk/admin/users/" + id + "/enable]"));
        assertEquals("Disabled", userRow(desk.html("/desk/admin"), "dora").select("td").get(3).text());
        Browser.Page refused = new Browser(server.getURI()).signIn("dora", "Pass-for-dora-1");
        assertEquals(401, refused.status(), refused.toString());
        assertTrue(refused.html().selectFirst(".message").text().contains("Wrong username or password"));

        desk.follow(desk.post("/desk/admin/users/" + id + "/enable"));
        assertEquals(303, new Browser(server.getURI()).signIn("dora", "Pass-for-dora-1").status());
    }

    @Test
    void anAdminSetsANewPasswordForSomeoneWhoLostTheirs() throws InterruptedException {
        user("lena", "REPORTER");
        SignedIn lena = SignedIn.as(server.getURI(), "lena", "Pass-for-lena-1");
        long id = idOf("lena");
        Thread.sleep(1100); // sessions carry whole seconds; the change must come in a later second

        Browser.Page tooShort = desk.post("/desk/admin/users/" + id + "/password", "newPassword", "short");
        assertEquals(400, tooShort.status(), tooShort.toString());
        assertEquals("Must be at least 10 characters.", tooShort.html().selectFirst("#newPassword-error").text());
        assertFalse(tooShort.raw().body().contains("short\""), "the password is never sent back");
        assertEquals(200, lena.get("/desk/media").status(), "a refused password changes nothing");

        Document set = desk.follow(desk.post("/desk/admin/users/" + id + "/password", "newPassword", "Handed-over-pass-1"));
        assertTrue(set.selectFirst(".notice").text().startsWith("New password set for lena."), set.html());
        assertEquals(303, lena.get("/desk/media").status(), "her old session ended");
        assertEquals(401, new Browser(server.getURI()).signIn("lena", "Pass-for-lena-1").status());
        assertEquals(303, new Browser(server.getURI()).signIn("lena", "Handed-over-pass-1").status());

        Document own = desk.html("/desk/admin/users/" + idOf(AdminBootstrap.USERNAME));
        assertNull(own.selectFirst("form[action$=/password]"), "an admin's own password is changed on the account page");
        assertNotNull(own.selectFirst("a[href=/desk/account]"));
    }

    @Test
    void anAdminCannotLockThemselfOutAndIsToldWhy() {
        long self = idOf(AdminBootstrap.USERNAME);
        Document own = desk.html("/desk/admin/users/" + self);
        assertTrue(own.text().contains("This is your own account"));

        Browser.Page disable = desk.post("/desk/admin/users/" + self + "/disable");
        assertEquals(400, disable.status(), disable.toString());
        assertEquals("You cannot disable your own account.", disable.html().selectFirst("#enabled-error").text());

        Browser.Page demote = desk.post("/desk/admin/users/" + self, "displayName", "The Admin", "role", "REPORTER");
        assertEquals(400, demote.status(), demote.toString());
        assertEquals("You cannot take the admin role from yourself.", demote.html().selectFirst("#role-error").text());

        JsonNode account = account(AdminBootstrap.USERNAME);
        assertEquals("ADMIN", account.get("role").getStringValue());
        assertTrue(account.get("enabled").getBooleanValue());
        assertEquals(200, desk.get("/desk/admin").status(), "still signed in as an admin");
    }

    @Test
    void anUnknownAccountIsAReadablePage() {
        Browser.Page missing = desk.get("/desk/admin/users/99999");
        assertEquals(404, missing.status());
        assertEquals("No user has the id 99999.", missing.html().selectFirst("main p").text());
    }

    private static Element userRow(Document list, String username) {
        return list.select("table.users tbody tr").stream()
                .filter(row -> row.selectFirst("td").text().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + username + " in " + list.select("table").outerHtml()));
    }

    private boolean accountExists(String username) {
        for (JsonNode user : expect(200, api.get("/api/users", admin)).json().values()) {
            if (username.equals(user.get("username").getStringValue())) {
                return true;
            }
        }
        return false;
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
