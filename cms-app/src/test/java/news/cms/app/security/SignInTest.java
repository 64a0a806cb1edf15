package news.cms.app.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestClock;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest extends ApiTest {

    /** Every limit is whole again after this long. */
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new java.util.HashMap<>(TestDatabase.cleanProperties());
        props.put("test.clock", "true");
        props.put("cms.login.max-failures-per-username", "3");
        props.put("cms.login.max-failures-per-address", "12");
        props.put("cms.login.window", "15m");
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
        clock.advance(WINDOW); // this address's earlier failures, in other tests, are forgotten
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
    void aRoleChangeEndsTheSessionsIssuedBeforeIt() {
        String token = user("promoted", "REPORTER");
        expect(200, api.patch("/api/users/" + idOf("promoted"), body("role", "EDITOR"), admin));
        expect(401, api.get("/api/stories", token));
        String fresh = api.login("promoted", "Pass-for-promoted-1");
        expect(201, api.post("/api/authors", body("name", "Guest Writer"), fresh));
    }

    @Test
    void madeUpForwardedForValuesDoNotEscapeTheAddressLimit() {
        clock.advance(WINDOW);
        // No proxy is trusted here: whatever the client says, its own address is the one counted.
        for (int i = 0; i < 12; i++) {
            expect(401, api.send(login("sprayed-" + i, "not-the-password").header("X-Forwarded-For", "198.51.100." + i)));
        }
        ApiClient.Reply refused = expect(429, api.send(login("sprayed-12", "not-the-password")
                .header("X-Forwarded-For", "198.51.100.12").header("Forwarded", "for=198.51.100.13")));
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.header("Content-Type"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0, refused.header("Retry-After"));
        clock.advance(WINDOW);
    }

    @Test
    void parallelWrongPasswordsAreCheckedOnlyUpToTheLimit() throws Exception {
        clock.advance(WINDOW);
        user("besieged", "REPORTER");
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<CompletableFuture<ApiClient.Reply>> guesses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String guess = "parallel-guess-" + i;
                guesses.add(CompletableFuture.supplyAsync(() -> api.post("/login", body("username", "besieged", "password", guess), null), pool));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<ApiClient.Reply> guess : guesses) {
                ApiClient.Reply reply = guess.get();
                statuses.add(reply.status());
                if (reply.status() == 429) {
                    assertNotNull(reply.header("Retry-After"), reply.toString());
                }
            }
            assertEquals(3, statuses.stream().filter(s -> s == 401).count(), "checked on " + TestDatabase.name() + ": " + statuses);
            assertEquals(27, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        clock.advance(WINDOW);
    }

    private HttpRequest.Builder login(String username, String password) {
        return HttpRequest.newBuilder(URI.create(server.getURI() + "/login"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
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
