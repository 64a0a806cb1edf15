package news.cms.app.plugins;

import news.cms.app.ApiClient;

import java.time.Duration;
import java.util.Map;

/** An editor at work: writes a story in section "news" and publishes it, timing the publication. */
final class Desk {

    /** A published story and how long its publication took, as the editor saw it. */
    record Published(long id, Duration took) {
    }

    private final ApiClient api;
    private final String token;

    Desk(ApiClient api, String token) {
        this.api = api;
        this.token = token;
    }

    Published publish(String headline, String body) {
        ApiClient.Reply created = api.post("/api/stories", Map.of("headline", headline, "dek", "A dek",
                "body", body, "section", "news"), token);
        if (created.status() != 201) {
            throw new AssertionError("creating a story answered " + created);
        }
        long id = created.number("id");
        long start = System.nanoTime();
        ApiClient.Reply published = api.post("/api/stories/" + id + "/publish", Map.of(), token);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (published.status() != 200) {
            throw new AssertionError("publishing story " + id + " answered " + published);
        }
        return new Published(id, took);
    }
}
