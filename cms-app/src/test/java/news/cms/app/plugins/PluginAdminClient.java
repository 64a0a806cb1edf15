package news.cms.app.plugins;

import io.micronaut.json.tree.JsonNode;
import news.cms.app.ApiClient;

/** The plugin admin API as a script uses it: multipart uploads and the plugin actions. */
final class PluginAdminClient {

    private final ApiClient api;

    PluginAdminClient(ApiClient api) {
        this.api = api;
    }

    /** {@code POST /api/plugins} with the JAR as the multipart field {@code file}. */
    ApiClient.Reply install(byte[] jar, String filename, String token) {
        return api.upload("/api/plugins", jar, filename, "application/java-archive", token);
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

    /** Leaves the server with no plugin, as a test class found it. */
    void uninstallAll(String token) {
        for (JsonNode plugin : api.get("/api/plugins", token).json().values()) {
            ApiClient.Reply gone = uninstall(plugin.get("id").getStringValue(), token);
            if (gone.status() != 204) {
                throw new AssertionError("uninstalling " + plugin + " answered " + gone);
            }
        }
    }

    ApiClient.Reply get(String id, String token) {
        return api.get("/api/plugins/" + id, token);
    }

    /** The plugin's state as the API shows it. */
    String state(String id, String token) {
        return get(id, token).text("state");
    }
}
