package news.cms.app.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A change of password, role or status ends the sessions issued before it, API tokens and desk
 * cookies alike, even when both happen within the same second (tokens' times have whole seconds).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesEndSessionsAtOnceTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    enum Change {
        ROLE, DISABLE, ADMIN_SETS_PASSWORD, OWN_PASSWORD
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void sessionsIssuedJustBeforeTheChangeEnd(Change change) {
        String username = "changed-" + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String token = user(username, "REPORTER");
        String otherToken = api.login(username, "Pass-for-" + username + "-1");
        Browser desk = new Browser(server.getURI());
        assertEquals(303, desk.signIn(username, "Pass-for-" + username + "-1").status());
        assertEquals(200, desk.get("/desk/account").status());

        long id = idOf(username);
        switch (change) {
            case ROLE -> expect(200, api.patch("/api/users/" + id, body("role", "EDITOR"), admin));
            case DISABLE -> expect(200, api.patch("/api/users/" + id, body("enabled", false), admin));
            case ADMIN_SETS_PASSWORD -> expect(204, api.put("/api/users/" + id + "/password",
                    body("newPassword", "Set-by-the-admin-1"), admin));
            case OWN_PASSWORD -> expect(204, api.put("/api/users/me/password",
                    body("currentPassword", "Pass-for-" + username + "-1", "newPassword", "My-own-new-pass-1"), otherToken));
        }

        ApiClient.Reply refused = api.get("/api/stories", token);
        assertEquals(401, refused.status(), change + " on " + TestDatabase.name() + ": the API token still works: " + refused);
        Browser.Page page = desk.get("/desk/account");
        assertEquals(303, page.status(), change + " on " + TestDatabase.name() + ": the desk session still works");
    }

    private long idOf(String username) {
        for (var user : expect(200, api.get("/api/users", admin)).json().values()) {
            if (username.equals(user.get("username").getStringValue())) {
                return user.get("id").getLongValue();
            }
        }
        throw new AssertionError("no user " + username);
    }
}
