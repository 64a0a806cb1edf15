package news.cms.app.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Where a request comes from and whether it came over HTTPS: the one place that reads the client's
 * address and scheme. Forwarding headers ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) count
 * only on connections from a proxy named in {@code CMS_TRUSTED_PROXIES}; from anyone else the
 * socket's address and the connection's own TLS are the truth. It replaces Micronaut's resolver,
 * which believes {@code Forwarded} and {@code X-Forwarded-For} from anyone, so every caller of
 * {@link HttpClientAddressResolver} gets this rule. Made at start, so a bad setting stops the server.
 */
@Context
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientOrigin implements HttpClientAddressResolver {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final TrustedProxies proxies;

    ClientOrigin(@Nullable @Value("${cms.trusted-proxies:}") String trustedProxies) {
        this.proxies = TrustedProxies.parse(trustedProxies);
    }

    /** The client's address as text, e.g. {@code 203.0.113.7} or {@code 2001:db8::7}. */
    @Override
    public String resolve(HttpRequest request) {
        return address(request).getHostAddress();
    }

    public InetAddress address(HttpRequest<?> request) {
        InetAddress socket = socket(request);
        return proxies.client(socket, request.getHeaders().getAll(FORWARDED_FOR));
    }

    /** Over TLS to us, or to a trusted proxy that says so. */
    public boolean overHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        if (!proxies.trusts(socket(request))) {
            return false;
        }
        // The nearest proxy's word: with several, the last value is the one a trusted hop wrote.
        List<String> protocols = request.getHeaders().getAll(FORWARDED_PROTO).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).toList();
        return !protocols.isEmpty() && "https".equalsIgnoreCase(protocols.get(protocols.size() - 1));
    }

    private static InetAddress socket(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress address = remote.getAddress();
        if (address == null) {
            throw new IllegalStateException("the connection's address is unresolved: " + remote);
        }
        return address;
    }
}
