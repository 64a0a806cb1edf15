package news.cms.app.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new java.util.HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.login.max-failures-per-username", "3");
        props.put("cms.login.max-failures-per-address", "12");
        return props;
    }

    @Test
    void signingInAnswersABearerTokenWithTheUsersRoles() {
        user("signer", "EDITOR");
        ApiClient.Reply reply = expect(200, api.post("/login", body("username", "signer", "password", "Pass-for-signer-1"), null));
        assertEquals("Bearer", reply.text("token_type"));
        assertEquals("signer", reply.text("username"));
        assertEquals("EDITOR", reply.json().get("roles").get(0).getStringValue());
        assertTrue(reply.number("expires_in") > 0);
        assertNotNull(reply.text("access_token"));
    }

    @Test
    void tokensAreSignedAndAForgedOneIsRefused() {
        String token = api.login("admin", TestDatabase.ADMIN_PASSWORD);
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"HS256\""), header);

        String[] parts = token.split("\\.");
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        expect(401, api.get("/api/users", unsigned));
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        expect(401, api.get("/api/users", tampered));
        expect(200, api.get("/api/users", token));
    }

    @Test
    void noTokenIs401AndTheAnswerIsProblemJson() {
        ApiClient.Reply reply = expect(401, api.get("/api/stories", null));
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        assertEquals(401, reply.number("status"));
    }

    @Test
    void aBrowserWithoutATokenIsToldSoRatherThanRedirected() {
        ApiClient.Reply reply = api.getAsBrowser("/api/stories");
        assertEquals(401, reply.status(), reply.body());
        assertEquals(null, reply.header("Location"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        user("twin", "REPORTER");
        ApiClient.Reply wrongPassword = expect(401, api.post("/login", body("username", "twin", "password", "not-the-password"), null));
        ApiClient.Reply unknownUser = expect(401, api.post("/login", body("username", "nobody-at-all", "password", "not-the-password"), null));
        assertEquals(wrongPassword.body(), unknownUser.body());
    }

    @Test
    void missingCredentialsAreABadRequestNamingTheField() {
        ApiClient.Reply reply = expect(400, api.post("/login", body("username", "admin"), null));
        assertEquals("password", reply.json().get("errors").get(0).get("field").getStringValue());
    }

    @Test
    void repeatedFailuresLockTheUsernameOutWithRetryAfter() {
        user("guessed", "REPORTER");
        for (int i = 0; i < 3; i++) {
            expect(401, api.post("/login", body("username", "guessed", "password", "guess-number-" + i), null));
        }
        ApiClient.Reply locked = expect(429, api.post("/login", body("username", "guessed", "password", "Pass-for-guessed-1"), null));
        assertTrue(Integer.parseInt(locked.header("Retry-After")) > 0, locked.header("Retry-After"));
        // another user from the same address is not locked out by someone else's username
        user("bystander", "REPORTER");
    }

    @Test
    void aDisabledUsersTokenStopsWorkingAndTheyCannotSignIn() {
        String token = user("leaving", "REPORTER");
        expect(200, api.get("/api/stories", token));
        expect(200, api.patch("/api/users/" + idOf("leaving"), body("enabled", false), admin));
        expect(401, api.get("/api/stories", token));
        expect(401, api.post("/login", body("username", "leaving", "password", "Pass-for-leaving-1"), null));
    }

    @Test
    void aRoleChangeEndsTheSessionsIssuedBeforeIt() throws InterruptedException {
        String token = user("promoted", "REPORTER");
        Thread.sleep(1100); // tokens carry whole seconds; the change must come in a later second
        expect(200, api.patch("/api/users/" + idOf("promoted"), body("role", "EDITOR"), admin));
        expect(401, api.get("/api/stories", token));
        String fresh = api.login("promoted", "Pass-for-promoted-1");
        expect(201, api.post("/api/authors", body("name", "Guest Writer"), fresh));
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
