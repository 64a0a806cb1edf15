package news.cms.app.security;

import io.micronaut.context.ApplicationContext;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which forwarding headers are believed: only those of the proxies the admin names. */
class TrustedProxiesTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rangesMatchIpv4Ipv6AndIpv4MappedForms() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7 ,2001:db8::/32,::ffff:172.16.0.0/108,::1");
        assertTrue(proxies.trusts(ip("10.200.3.4")));
        assertTrue(proxies.trusts(ip("::ffff:10.1.1.1")), "an IPv4-mapped address is its IPv4 address");
        assertFalse(proxies.trusts(ip("11.0.0.1")));
        assertTrue(proxies.trusts(ip("192.168.1.7")));
        assertFalse(proxies.trusts(ip("192.168.1.8")));
        assertTrue(proxies.trusts(ip("2001:db8:ffff::1")));
        assertFalse(proxies.trusts(ip("2001:db9::1")));
        assertTrue(proxies.trusts(ip("172.31.255.255")), "a range written in the mapped form covers the IPv4 addresses");
        assertFalse(proxies.trusts(ip("172.32.0.0")));
        assertTrue(proxies.trusts(ip("::1")));
        assertFalse(proxies.trusts(ip("127.0.0.1")), "::1 and 127.0.0.1 are two addresses");
    }

    @Test
    void noProxyIsTrustedByDefaultSoTheSocketCounts() {
        TrustedProxies none = TrustedProxies.parse("");
        assertEquals(ip("127.0.0.1"), none.client(ip("127.0.0.1"), List.of("203.0.113.9")));
    }

    @Test
    void theChainIsWalkedFromTheRightPastTrustedHops() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8");
        // client-made entries on the left, then what each trusted proxy appended
        assertEquals(ip("203.0.113.5"), proxies.client(ip("10.0.0.1"), List.of("1.1.1.1, 203.0.113.5", "10.0.0.2")));
        assertEquals(ip("2001:db8::5"), proxies.client(ip("10.0.0.1"), List.of("[2001:db8::5]:4711")));
        assertEquals(ip("203.0.113.6"), proxies.client(ip("10.0.0.1"), List.of("203.0.113.6:4711")));
        // nothing forwarded, or only trusted hops: the farthest trusted hop is the best we know
        assertEquals(ip("10.0.0.1"), proxies.client(ip("10.0.0.1"), List.of()));
        assertEquals(ip("10.0.0.3"), proxies.client(ip("10.0.0.1"), List.of("10.0.0.3, 10.0.0.2")));
        // garbage where an address should be ends the walk at the last hop that was believed
        assertEquals(ip("10.0.0.2"), proxies.client(ip("10.0.0.1"), List.of("203.0.113.7, unknown, 10.0.0.2")));
        assertEquals(ip("10.0.0.1"), proxies.client(ip("10.0.0.1"), List.of("evil.example.org")));
        // an untrusted socket is the client, whatever it forwards
        assertEquals(ip("198.51.100.1"), proxies.client(ip("198.51.100.1"), List.of("10.0.0.9")));
    }

    @Test
    void aBadValueIsRefusedNamingIt() {
        for (String bad : List.of("10.0.0.0/33", "banana", "10.0.0/8", "2001:db8::/129", "10.0.0.1/x", "::ffff:10.0.0.0/95")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> TrustedProxies.parse("127.0.0.1, " + bad));
            assertTrue(refused.getMessage().contains("CMS_TRUSTED_PROXIES") && refused.getMessage().contains("\"" + bad + "\""),
                    refused.getMessage());
        }
    }

    @Test
    void aBadValueStopsTheServerFromStarting() {
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        props.put("cms.trusted-proxies", "10.0.0.0/8,10.0.0.0/33");
        Exception refused = assertThrows(Exception.class, () -> ApplicationContext.run(props).close());
        Throwable cause = refused;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("\"10.0.0.0/33\""), cause.toString());
    }
}
