package news.cms.app.desk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskSignInTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.login.max-failures-per-username", "3");
        props.put("cms.login.max-failures-per-address", "50");
        return props;
    }

    private Browser browser() {
        return new Browser(server.getURI());
    }

    @Test
    void signedOutTheDeskIsASignInFormWithACsrfToken() {
        Browser.Page page = browser().get("/desk");
        assertEquals(200, page.status(), page.toString());
        Document html = page.html();
        assertNotNull(html.selectFirst("form[action=/desk/sign-in] input[type=password][name=password]"));
        assertNotNull(html.selectFirst("form input[name=username]"));
        assertFalse(html.selectFirst("form input[type=hidden][name=csrf]").val().isBlank());
        assertEquals("no-store", page.header("Cache-Control"));
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("default-src 'none'") && !policy.contains("unsafe-inline"), policy);
        assertTrue(html.select("script").isEmpty());
    }

    @Test
    void signingInWithoutTheTokenIsRefusedAndSetsNoSession() {
        Browser browser = browser();
        browser.get("/desk");
        Browser.Page refused = browser.post("/desk/sign-in", Map.of("username", AdminBootstrap.USERNAME,
                "password", TestDatabase.ADMIN_PASSWORD));
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.header("Content-Type").startsWith("text/html"), refused.header("Content-Type"));
        assertFalse(browser.hasCookie(DeskCookies.SESSION));
        Browser.Page forged = browser.post("/desk/sign-in", Map.of("csrf", "forged", "username",
                AdminBootstrap.USERNAME, "password", TestDatabase.ADMIN_PASSWORD));
        assertEquals(403, forged.status());
        assertFalse(browser.hasCookie(DeskCookies.SESSION));
        assertNotNull(browser.get("/desk").html().selectFirst("input[type=password]"));
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteCookieAndShowsTheDesk() {
        user("desk-editor", "EDITOR");
        Browser browser = browser();
        Browser.Page signedIn = browser.signIn("desk-editor", "Pass-for-desk-editor-1");
        assertEquals(303, signedIn.status(), signedIn.toString());
        String session = signedIn.setCookies().stream().filter(c -> c.startsWith(DeskCookies.SESSION + "="))
                .findFirst().orElseThrow();
        assertTrue(session.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), session);
        assertTrue(session.contains("SameSite=Lax"), session);
        assertTrue(session.contains("Path=/desk"), session);
        assertFalse(session.contains("Secure"), "plain HTTP: " + session);

        Browser.Page desk = browser.get("/desk");
        assertEquals(200, desk.status(), desk.toString());
        Document html = desk.html();
        assertEquals("User desk-editor", html.selectFirst(".who .name").text());
        assertEquals("Editor", html.selectFirst(".who .role").text());
        assertEquals(List.of("My stories", "Media", "Search", "Queue", "Schedule"), html.select("nav a").eachText());
        assertNotNull(html.selectFirst("form[action=/desk/sign-out] input[name=csrf]"));
        assertEquals("no-store", desk.header("Cache-Control"));
    }

    @Test
    void aClientThatIsNoTrustedProxyCannotClaimHttps() {
        // BehindATrustedProxyTest: the same header from a proxy the admin named does make it Secure.
        Browser.Page signedIn = browser().signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD,
                "X-Forwarded-Proto", "https");
        String session = signedIn.setCookies().stream().filter(c -> c.startsWith(DeskCookies.SESSION + "="))
                .findFirst().orElseThrow();
        assertFalse(session.contains("Secure"), session);
    }

    @Test
    void aFormTokenWorksOnlyWithTheSessionItWasMadeFor() {
        user("csrf-thief", "REPORTER");
        user("csrf-victim", "REPORTER");
        Browser thief = browser();
        thief.signIn("csrf-thief", "Pass-for-csrf-thief-1");
        String thiefsToken = thief.get("/desk/account").html()
                .selectFirst("form[action=/desk/account/password] input[name=csrf]").val();
        String thiefsSecret = thief.cookie(DeskCookies.CSRF);
        Browser signedOut = browser();
        String signedOutToken = signedOut.get("/desk").html().selectFirst("input[name=csrf]").val();
        String signedOutSecret = signedOut.cookie(DeskCookies.CSRF);

        Browser victim = browser();
        victim.signIn("csrf-victim", "Pass-for-csrf-victim-1");
        // A sibling subdomain can set the victim's CSRF cookie to a secret whose token it knows.
        for (String[] planted : new String[][]{{thiefsSecret, thiefsToken}, {signedOutSecret, signedOutToken}}) {
            victim.setCookie(DeskCookies.CSRF, planted[0]);
            Browser.Page forged = victim.post("/desk/account/password", Map.of("csrf", planted[1],
                    "currentPassword", "Pass-for-csrf-victim-1", "newPassword", "Chosen-by-thief-1", "repeatPassword", "Chosen-by-thief-1"));
            assertEquals(403, forged.status(), forged.toString());
            assertEquals("This form has expired", forged.html().selectFirst("h1").text());
        }
        assertEquals(200, api.post("/login", body("username", "csrf-victim", "password", "Pass-for-csrf-victim-1"), null).status(),
                "the password is unchanged");
        assertEquals(401, api.post("/login", body("username", "csrf-victim", "password", "Chosen-by-thief-1"), null).status());
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithTheUsername() {
        user("desk-typo", "REPORTER");
        Browser browser = browser();
        Browser.Page page = browser.signIn("desk-typo", "not-the-password");
        assertEquals(401, page.status(), page.toString());
        Document html = page.html();
        assertEquals("desk-typo", html.selectFirst("input[name=username]").val());
        assertEquals("", html.selectFirst("input[name=password]").val());
        assertFalse(page.raw().body().contains("not-the-password"));
        assertTrue(html.selectFirst(".message").text().contains("Wrong username or password"));
        assertFalse(browser.hasCookie(DeskCookies.SESSION));
    }

    @Test
    void aReporterCannotOpenTheAdminScreenWhileAnAdminCan() {
        user("desk-reporter", "REPORTER");
        Browser reporter = browser();
        reporter.signIn("desk-reporter", "Pass-for-desk-reporter-1");
        assertEquals(List.of("My stories", "Media", "Search"), reporter.get("/desk").html().select("nav a").eachText());
        Browser.Page refused = reporter.get("/desk/admin");
        assertEquals(403, refused.status(), refused.toString());
        assertEquals("Admins only", refused.html().selectFirst("h1").text());
        assertNull(refused.html().selectFirst("table"));

        Browser admin = browser();
        admin.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        assertEquals(List.of("My stories", "Media", "Search", "Queue", "Schedule", "Admin"), admin.get("/desk").html().select("nav a").eachText());
        Browser.Page users = admin.get("/desk/admin");
        assertEquals(200, users.status(), users.toString());
        assertTrue(users.html().select("table.users td").eachText().contains("desk-reporter"));
        assertEquals("no-store", users.header("Cache-Control"));
    }

    @Test
    void signedOutNothingButTheSignInIsOpen() {
        Browser browser = browser();
        Browser.Page admin = browser.get("/desk/admin");
        assertEquals(303, admin.status(), admin.toString());
        assertEquals("/desk?next=%2Fdesk%2Fadmin", admin.header("Location"));
        String token = browser.get("/desk").html().selectFirst("input[name=csrf]").val();
        assertEquals(303, browser.post("/desk/sign-out", Map.of("csrf", token)).status());
    }

    @Test
    void signingOutClearsTheSessionAndNeedsTheToken() {
        Browser browser = browser();
        browser.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        Document desk = browser.get("/desk").html();
        assertEquals(403, browser.post("/desk/sign-out", Map.of()).status());
        assertNotNull(browser.get("/desk").html().selectFirst("form[action=/desk/sign-out]"));

        String token = desk.selectFirst("form[action=/desk/sign-out] input[name=csrf]").val();
        Browser.Page out = browser.post("/desk/sign-out", Map.of("csrf", token));
        assertEquals(303, out.status(), out.toString());
        assertFalse(browser.hasCookie(DeskCookies.SESSION));
        assertNotNull(browser.get("/desk").html().selectFirst("input[type=password]"));
    }

    @Test
    void theSignInFormCountsFailuresLikeTheApi() {
        user("desk-guessed", "REPORTER");
        Browser browser = browser();
        for (int i = 0; i < 3; i++) {
            assertEquals(401, browser.signIn("desk-guessed", "guess-" + i).status());
        }
        Browser.Page locked = browser.signIn("desk-guessed", "Pass-for-desk-guessed-1");
        assertEquals(429, locked.status(), locked.toString());
        assertNotNull(locked.header("Retry-After"));
        assertTrue(locked.html().selectFirst(".message").text().contains("Too many failed sign-ins"));
        assertFalse(browser.hasCookie(DeskCookies.SESSION));
        // the same counter as the API's /login
        assertEquals(429, api.post("/login", body("username", "desk-guessed", "password", "Pass-for-desk-guessed-1"),
                null).status());
    }

    @Test
    void theApiIgnoresTheDeskCookie() {
        Browser browser = browser();
        browser.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        String session = DeskCookies.SESSION + "=" + browser.cookie(DeskCookies.SESSION);
        assertEquals(401, browser.get("/api/users", "Accept", "application/json", "Cookie", session).status());
        assertEquals(200, browser.get("/api/users", "Accept", "application/json", "Authorization", "Bearer " + browser.cookie(DeskCookies.SESSION)).status());
    }
}
