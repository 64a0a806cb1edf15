package news.cms.app.plugins;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiTest;
import news.cms.core.metadata.StoryMetadataStore;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static news.cms.app.plugins.PluginJars.HANGING;
import static news.cms.app.plugins.PluginJars.HELLO;
import static news.cms.app.plugins.PluginJars.THROWING;
import static news.cms.app.plugins.PluginJars.built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plugin that throws on every call and one that never answers, enabled beside the hello plugin:
 * editors keep publishing at their usual pace, the two are disabled by the server as FAILED with
 * their last error, and the hello plugin goes on working. Listener calls time out after 300 ms
 * here; enrichers have their usual 500 ms.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginIsolationTest extends ApiTest {

    private static final Duration PUBLICATION_LIMIT = Duration.ofSeconds(1);

    @Inject
    StoryMetadataStore metadata;

    private PluginAdminClient plugins;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.cleanProperties());
        properties.put("cms.plugins.timeout", "300ms");
        return properties;
    }

    @BeforeAll
    void newsroom() {
        plugins = new PluginAdminClient(api);
        section("news");
    }

    @Test
    void pluginsThatThrowOrHangAreDisabledWhileEditorsKeepPublishing() {
        for (String jar : List.of(HELLO, THROWING, HANGING)) {
            String id = expect(201, plugins.install(built(jar), jar, admin)).text("id");
            expect(200, plugins.enable(id, admin));
        }
        Desk desk = new Desk(api, user("eda", "EDITOR"));

        List<Duration> publications = new ArrayList<>();
        long last = 0;
        for (int i = 1; i <= 6; i++) {
            Desk.Published story = desk.publish("Story " + i, "a body of six words " + i);
            publications.add(story.took());
            last = story.id();
        }

        assertTrue(publications.stream().allMatch(took -> took.compareTo(PUBLICATION_LIMIT) < 0),
                "every publication under " + PUBLICATION_LIMIT.toMillis() + " ms: " + millis(publications));
        Eventually.within(Duration.ofSeconds(10), () -> "FAILED".equals(plugins.state("throwing", admin))
                && "FAILED".equals(plugins.state("hanging", admin)), "both broken plugins are FAILED");
        String thrown = plugins.get("throwing", admin).text("lastError");
        assertTrue(thrown.contains("3 failures in a row")
                && thrown.contains("IllegalStateException: the throwing plugin fails on purpose"), thrown);
        String hung = plugins.get("hanging", admin).text("lastError");
        assertTrue(hung.contains("3 failures in a row") && hung.contains("timed out after"), hung);

        assertEquals("ENABLED", plugins.state("hello", admin));
        assertEquals("6", metadata.of(last, "hello").get("words"), "the working plugin was never held up");
        Desk.Published afterwards = desk.publish("After the kill switch", "quick again");
        assertTrue(afterwards.took().compareTo(PUBLICATION_LIMIT) < 0, afterwards.took().toMillis() + " ms");
        assertTrue(serverActions().containsAll(List.of("plugin.fail:plugin:hanging", "plugin.fail:plugin:throwing")),
                serverActions().toString());
    }

    @Test
    void aFailedPluginEnabledAgainStartsWithACleanRecord() {
        expect(201, plugins.install(built(THROWING), THROWING, admin));
        expect(200, plugins.enable("throwing", admin));
        Desk desk = new Desk(api, admin);
        for (int i = 1; i <= 3; i++) {
            desk.publish("Tripping story " + i, "body");
        }
        Eventually.within(Duration.ofSeconds(10), () -> "FAILED".equals(plugins.state("throwing", admin)), "FAILED");

        JsonNode again = expect(200, plugins.enable("throwing", admin)).json();

        assertEquals("ENABLED", again.get("state").getStringValue());
        assertTrue(again.get("lastError").isNull(), again.toString());
    }

    @AfterEach
    void uninstallEverything() {
        plugins.uninstallAll(admin);
    }

    /** The audit lines the server wrote itself about plugins, as action:subject. */
    private List<String> serverActions() {
        List<String> actions = new ArrayList<>();
        for (JsonNode event : expect(200, api.get("/api/audit?user=system&size=100", admin)).json().get("items").values()) {
            if (event.get("action").getStringValue().startsWith("plugin.")) {
                actions.add(event.get("action").getStringValue() + ":" + event.get("subject").getStringValue());
            }
        }
        return actions;
    }

    private static List<Long> millis(List<Duration> durations) {
        return durations.stream().map(Duration::toMillis).toList();
    }
}
