package news.cms.app.desk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskAccountTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    private static String token(Browser browser) {
        return browser.get("/desk/account").html().selectFirst("form[action=/desk/account/password] input[name=csrf]").val();
    }

    @Test
    void mistakesAreShownNextToTheirFieldsAndChangeNothing() {
        user("acct-mistakes", "REPORTER");
        Browser browser = new Browser(server.getURI());
        browser.signIn("acct-mistakes", "Pass-for-acct-mistakes-1");

        Browser.Page mismatch = browser.post("/desk/account/password", Map.of("csrf", token(browser),
                "currentPassword", "Pass-for-acct-mistakes-1", "newPassword", "A-new-password-1", "repeatPassword", "typo"));
        assertEquals(400, mismatch.status(), mismatch.toString());
        Document html = mismatch.html();
        assertEquals("Does not match the new password.", html.selectFirst("#repeatPassword-error").text());
        assertEquals("true", html.selectFirst("#repeatPassword").attr("aria-invalid"));

        Browser.Page wrong = browser.post("/desk/account/password", Map.of("csrf", token(browser),
                "currentPassword", "not-my-password", "newPassword", "A-new-password-1", "repeatPassword", "A-new-password-1"));
        assertEquals(400, wrong.status());
        assertEquals("Is not your current password.", wrong.html().selectFirst("#currentPassword-error").text());

        Browser.Page tooShort = browser.post("/desk/account/password", Map.of("csrf", token(browser),
                "currentPassword", "Pass-for-acct-mistakes-1", "newPassword", "short", "repeatPassword", "short"));
        assertEquals(400, tooShort.status());
        assertTrue(tooShort.html().selectFirst("#newPassword-error").text().contains("10"), tooShort.toString());

        assertEquals(200, api.post("/login", body("username", "acct-mistakes", "password", "Pass-for-acct-mistakes-1"), null).status());
    }

    @Test
    void changingThePasswordKeepsThisSessionAndEndsTheOthers() {
        user("acct-change", "EDITOR");
        Browser here = new Browser(server.getURI());
        here.signIn("acct-change", "Pass-for-acct-change-1");
        Browser elsewhere = new Browser(server.getURI());
        elsewhere.signIn("acct-change", "Pass-for-acct-change-1");

        Browser.Page changed = here.post("/desk/account/password", Map.of("csrf", token(here),
                "currentPassword", "Pass-for-acct-change-1", "newPassword", "Brand-new-pass-2", "repeatPassword", "Brand-new-pass-2"));
        assertEquals(303, changed.status(), changed.toString());
        Browser.Page account = here.get("/desk/account");
        assertEquals(200, account.status(), "still signed in here: " + account);
        assertTrue(account.html().selectFirst(".notice").text().contains("Your password has been changed"));

        assertEquals(303, elsewhere.get("/desk/account").status(), "the other session has ended");
        assertEquals(401, here.signIn("acct-change", "Pass-for-acct-change-1").status());
        assertEquals(303, new Browser(server.getURI()).signIn("acct-change", "Brand-new-pass-2").status());
    }
}
