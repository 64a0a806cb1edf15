package news.cms.app.desk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.desk.session-renew-after", "1s");
        return props;
    }

    private static List<String> sessionCookies(Browser.Page page) {
        return page.setCookies().stream().filter(c -> c.startsWith(DeskCookies.SESSION + "=")).toList();
    }

    @Test
    void aSessionOlderThanTheRenewalAgeGetsAFreshCookieThatWorks() throws InterruptedException {
        Browser browser = new Browser(server.getURI());
        browser.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        String first = browser.cookie(DeskCookies.SESSION);
        assertEquals(List.of(), sessionCookies(browser.get("/desk")), "a new session is not renewed at once");

        Thread.sleep(2100); // tokens count whole seconds
        Browser.Page later = browser.get("/desk/account");
        assertEquals(200, later.status());
        assertEquals(1, sessionCookies(later).size(), later.setCookies().toString());
        assertTrue(sessionCookies(later).get(0).toLowerCase(java.util.Locale.ROOT).contains("httponly"));
        String renewed = browser.cookie(DeskCookies.SESSION);
        assertNotEquals(first, renewed);
        assertEquals(200, browser.get("/desk/account").status(), "the renewed session works");
    }

    @Test
    void signingOutIsNotUndoneByARenewal() throws InterruptedException {
        Browser browser = new Browser(server.getURI());
        browser.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        String token = browser.get("/desk").html().selectFirst("form[action=/desk/sign-out] input[name=csrf]").val();
        Thread.sleep(2100);
        Browser.Page out = browser.post("/desk/sign-out", Map.of("csrf", token));
        assertEquals(303, out.status(), out.toString());
        assertFalse(browser.hasCookie(DeskCookies.SESSION), out.setCookies().toString());
        assertEquals(303, browser.get("/desk/account").status(), "signed out");
    }
}
