package news.cms.app.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server behind a proxy it trusts (the loopback addresses, where the tests connect from): the
 * client's address and scheme come from the proxy's {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto}, so each test can sign in from addresses of its own choosing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BehindATrustedProxyTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.trusted-proxies", "127.0.0.0/8, ::1");
        props.put("cms.login.max-failures-per-username", "3");
        props.put("cms.login.max-failures-per-username-total", "8");
        props.put("cms.login.max-failures-per-address", "6");
        return props;
    }

    @Test
    void anAttackerLocksTheNameOutOnlyFromTheirOwnAddress() {
        user("alice", "EDITOR");
        for (int i = 0; i < 3; i++) {
            expect(401, signIn("alice", "attacker-guess-" + i, "203.0.113.10"));
        }
        ApiClient.Reply locked = expect(429, signIn("alice", "Pass-for-alice-1", "203.0.113.10"));
        assertTrue(Integer.parseInt(locked.header("Retry-After")) > 0, locked.header("Retry-After"));
        // alice, at her desk, has had no failures: she signs in
        expect(200, signIn("alice", "Pass-for-alice-1", "198.51.100.20"));
        expect(200, signIn("alice", "Pass-for-alice-1", "2001:db8:1::20"));
    }

    @Test
    void theCeilingForANameStillStopsADistributedAttack() {
        user("bob", "EDITOR");
        for (int address = 1; address <= 4; address++) {
            for (int i = 0; i < 2; i++) {
                expect(401, signIn("bob", "botnet-guess-" + i, "192.0.2." + address));
            }
        }
        // eight failures from four addresses: the name is refused everywhere for a while
        expect(429, signIn("bob", "botnet-guess-9", "192.0.2.99"));
        expect(429, signIn("bob", "Pass-for-bob-1", "198.51.100.21"));
    }

    @Test
    void whatTheClientPutsBeforeTheProxysEntryIsNotBelieved() {
        // The proxy appends the address it saw (203.0.113.77); the made-up ones before it do not count.
        for (int i = 0; i < 6; i++) {
            expect(401, signIn("nobody-" + i, "spray", "10.9.9." + i + ", 203.0.113.77"));
        }
        expect(429, signIn("nobody-6", "spray", "10.9.9.6, 203.0.113.77"));
        // the proxy's chain, walked from the right past the trusted hops, ends at the same client
        expect(429, signIn("nobody-7", "spray", "10.9.9.7, 203.0.113.77, 127.0.0.5"));
        // and the same client written as an IPv4-mapped IPv6 address is still the same client
        expect(429, signIn("nobody-8", "spray", "::ffff:203.0.113.77"));
    }

    @Test
    void overHttpsAtTheProxyTheDeskCookieIsSecure() {
        Browser browser = new Browser(server.getURI());
        Browser.Page signedIn = browser.signIn("admin", TestDatabase.ADMIN_PASSWORD,
                "X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.30");
        String session = signedIn.setCookies().stream().filter(c -> c.startsWith("cms_desk_session="))
                .findFirst().orElseThrow(() -> new AssertionError(signedIn.toString()));
        assertTrue(session.contains("Secure"), session);
    }

    private ApiClient.Reply signIn(String username, String password, String forwardedFor) {
        return api.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/login"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")));
    }
}
