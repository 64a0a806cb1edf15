package news.cms.app.plugins;

import news.cms.app.ApiClient;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The plugin admin API as a script uses it: multipart uploads and the plugin actions. */
final class PluginAdminClient {

    private final ApiClient api;

    PluginAdminClient(ApiClient api) {
        this.api = api;
    }

    /** {@code POST /api/plugins} with the JAR as the multipart field {@code file}. */
    ApiClient.Reply install(byte[] jar, String filename, String token) {
        String boundary = "----cms-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(jar);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send("POST", "/api/plugins", body.toByteArray(), "multipart/form-data; boundary=" + boundary, token);
    }

    ApiClient.Reply enable(String id, String token) {
        return api.send("POST", "/api/plugins/" + id + "/enable", null, null, token);
    }

    ApiClient.Reply disable(String id, String token) {
        return api.send("POST", "/api/plugins/" + id + "/disable", null, null, token);
    }

    ApiClient.Reply uninstall(String id, String token) {
        return api.send("DELETE", "/api/plugins/" + id, null, null, token);
    }

    ApiClient.Reply get(String id, String token) {
        return api.get("/api/plugins/" + id, token);
    }

    /** The plugin's state as the API shows it. */
    String state(String id, String token) {
        return get(id, token).text("state");
    }
}
