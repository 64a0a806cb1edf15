package news.cms.plugins.context;

import news.cms.plugin.api.MissingPermissionException;
import news.cms.plugin.api.Permissions;
import news.cms.plugin.api.network.HttpAccess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * HTTP limited to the hosts a plugin was granted: a request to any other host is refused before
 * anything is sent (the JDK's requests are http or https only). Redirects are not followed, since a
 * redirect could lead to any host. Hosts are compared by name as written: {@code network:localhost}
 * does not grant {@code 127.0.0.1}.
 */
final class ScopedHttpAccess implements HttpAccess {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final String pluginId;
    private final Set<String> hosts;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    ScopedHttpAccess(String pluginId, Set<String> hosts) {
        this.pluginId = pluginId;
        this.hosts = Set.copyOf(hosts);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        check(request.uri());
        return client.send(request, body);
    }

    @Override
    public Set<String> hosts() {
        return hosts;
    }

    private void check(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!hosts.contains(host)) {
            throw new MissingPermissionException(Permissions.network(host),
                    "Plugin " + pluginId + " may not reach " + host + "; it was granted " + hosts);
        }
    }
}
