package news.cms.app.desk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiTest;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestClock;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session in use is renewed, so that a long working day never ends in a refused save. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskSessionRenewalTest extends ApiTest {

    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("test.clock", "true");
        return props;
    }

    private static List<String> sessionCookies(Browser.Page page) {
        return page.setCookies().stream().filter(c -> c.startsWith(DeskCookies.SESSION + "=")).toList();
    }

    @Test
    void aSessionOlderThanTheRenewalAgeGetsAFreshCookieThatWorks() {
        Browser browser = new Browser(server.getURI());
        browser.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        String first = browser.cookie(DeskCookies.SESSION);
        clock.advance(Duration.ofMinutes(14));
        assertEquals(List.of(), sessionCookies(browser.get("/desk")), "a session younger than 15 minutes is not renewed");

        clock.advance(Duration.ofMinutes(2));
        Browser.Page later = browser.get("/desk/account");
        assertEquals(200, later.status());
        assertEquals(1, sessionCookies(later).size(), later.setCookies().toString());
        assertTrue(sessionCookies(later).get(0).toLowerCase(java.util.Locale.ROOT).contains("httponly"));
        String renewed = browser.cookie(DeskCookies.SESSION);
        assertNotEquals(first, renewed);
        // the first token would have expired by now; the renewed one is good for a whole shift from its renewal
        clock.advance(Duration.ofHours(7).plusMinutes(50));
        assertEquals(200, browser.get("/desk/account").status(), "the renewed session works");
    }

    @Test
    void aSessionLeftAloneForTheWholeShiftEnds() {
        Browser browser = new Browser(server.getURI());
        browser.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        clock.advance(Duration.ofHours(8).plusMinutes(1));
        assertEquals(303, browser.get("/desk/account").status());
    }

    @Test
    void aRevokedSessionIsNotRenewed() {
        admin = api.login(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD); // other tests move the clock by hours
        user("renewal-revoked", "REPORTER");
        Browser browser = new Browser(server.getURI());
        browser.signIn("renewal-revoked", "Pass-for-renewal-revoked-1");
        clock.advance(Duration.ofMinutes(16));
        expect(200, api.patch("/api/users/" + idOf("renewal-revoked"), body("role", "EDITOR"), admin));
        Browser.Page refused = browser.get("/desk/account");
        assertEquals(303, refused.status(), refused.toString());
        clock.advance(Duration.ofMinutes(16));
        assertEquals(303, browser.get("/desk/account").status(), "nothing renewed the ended session");
    }

    private long idOf(String username) {
        for (var user : expect(200, api.get("/api/users", admin)).json().values()) {
            if (username.equals(user.get("username").getStringValue())) {
                return user.get("id").getLongValue();
            }
        }
        throw new AssertionError("no user " + username);
    }

    @Test
    void signingOutIsNotUndoneByARenewal() {
        Browser browser = new Browser(server.getURI());
        browser.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        String token = browser.get("/desk").html().selectFirst("form[action=/desk/sign-out] input[name=csrf]").val();
        clock.advance(Duration.ofMinutes(16));
        Browser.Page out = browser.post("/desk/sign-out", Map.of("csrf", token));
        assertEquals(303, out.status(), out.toString());
        assertFalse(browser.hasCookie(DeskCookies.SESSION), out.setCookies().toString());
        assertEquals(303, browser.get("/desk/account").status(), "signed out");
    }
}
