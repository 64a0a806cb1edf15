package news.cms.plugin.api.network;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * HTTP for a plugin, limited to the hosts of its {@code network:<host>} permissions. Requests are
 * the JDK's own ({@link HttpRequest#newBuilder}); redirects are not followed (a redirect could
 * lead anywhere), so a 3xx answer comes back as it is.
 */
public interface HttpAccess {

    /**
     * Sends the request, as {@link java.net.http.HttpClient#send} does.
     *
     * @throws news.cms.plugin.api.MissingPermissionException for a host the plugin was not granted; nothing is sent
     */
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException;

    /** The hosts this plugin may reach. */
    Set<String> hosts();
}
