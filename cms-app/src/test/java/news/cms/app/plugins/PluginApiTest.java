package news.cms.app.plugins;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.metadata.StoryMetadataStore;
import news.cms.core.settings.DataDirectory;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static news.cms.app.ProblemAssertions.fieldError;
import static news.cms.app.ProblemAssertions.problem;
import static news.cms.app.plugins.PluginJars.HELLO;
import static news.cms.app.plugins.PluginJars.built;
import static news.cms.app.plugins.PluginJars.withManifest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/plugins}: an admin installs, enables, disables, upgrades and uninstalls the hello plugin. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginApiTest extends ApiTest {

    @Inject
    DataDirectory data;
    @Inject
    StoryMetadataStore metadata;

    private PluginAdminClient plugins;

    /** A small cap, so that a test can exceed it. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.cleanProperties());
        properties.put("cms.plugins.max-jar-size", "64KB");
        return properties;
    }

    @BeforeAll
    void newsroom() {
        plugins = new PluginAdminClient(api);
        section("news");
    }

    @AfterEach
    void uninstallEverything() {
        plugins.uninstallAll(admin);
    }

    @Test
    void anInstalledPluginIsDisabledAndShowsItsManifestAndChecksum() {
        byte[] jar = built(HELLO);
        ApiClient.Reply installed = expect(201, plugins.install(jar, "hello-plugin.jar", admin));

        assertEquals("/api/plugins/hello", installed.header("Location"));
        JsonNode plugin = installed.json();
        assertEquals("hello", plugin.get("id").getStringValue());
        assertEquals("1.0.0", plugin.get("version").getStringValue());
        assertEquals("Hello", plugin.get("name").getStringValue());
        assertEquals("DISABLED", plugin.get("state").getStringValue());
        assertEquals("^1.0.0", plugin.get("requires").getStringValue());
        assertEquals(List.of("StoryListener", "StoryEnricher"), strings(plugin.get("extensionPoints")));
        assertEquals(List.of("write:story-metadata"), strings(plugin.get("permissions")));
        assertEquals(sha256(jar), plugin.get("sha256").getStringValue());
        assertTrue(Files.exists(pluginsDirectory().resolve("hello-1.0.0.jar")));

        JsonNode list = expect(200, api.get("/api/plugins", admin)).json();
        assertEquals(1, list.size());
        assertEquals("DISABLED", list.get(0).get("state").getStringValue());
        assertEquals(plugin.get("sha256"), list.get(0).get("sha256"));
    }

    @Test
    void anEnabledPluginEnrichesEveryPublicationAndHearsEveryChangeUntilItIsDisabled() {
        expect(201, plugins.install(built(HELLO), "hello.jar", admin));
        assertEquals("ENABLED", expect(200, plugins.enable("hello", admin)).text("state"));

        long story = publish("Four words in body", "one two three four");
        assertEquals(Map.of("words", "4", "reading-minutes", "1"), withoutLastEvent(metadata.of(story, "hello")),
                "the enrichment is committed with the publication");
        Eventually.within(Duration.ofSeconds(5), () -> "published".equals(metadata.of(story, "hello").get("last-event")),
                "the listener hears of the publication");

        assertEquals("DISABLED", expect(200, plugins.disable("hello", admin)).text("state"));
        long later = publish("After it was disabled", "five words make a body");
        assertEquals(Map.of(), metadata.of(later, "hello"));
    }

    @Test
    void enablingOrDisablingTwiceChangesNothing() {
        expect(201, plugins.install(built(HELLO), "hello.jar", admin));
        expect(200, plugins.enable("hello", admin));
        assertEquals("ENABLED", expect(200, plugins.enable("hello", admin)).text("state"));
        expect(200, plugins.disable("hello", admin));
        assertEquals("DISABLED", expect(200, plugins.disable("hello", admin)).text("state"));
    }

    @Test
    void uninstallingStopsThePluginAndDeletesItsJar() {
        expect(201, plugins.install(built(HELLO), "hello.jar", admin));
        expect(200, plugins.enable("hello", admin));

        assertEquals(204, plugins.uninstall("hello", admin).status());

        problem(404, plugins.get("hello", admin));
        assertEquals(0, expect(200, api.get("/api/plugins", admin)).json().size());
        assertFalse(Files.exists(pluginsDirectory().resolve("hello-1.0.0.jar")));
        long story = publish("After the uninstall", "nobody counts these words");
        assertEquals(Map.of(), metadata.of(story, "hello"));
        expect(201, plugins.install(built(HELLO), "hello.jar", admin));
    }

    @Test
    void aNewerVersionReplacesTheInstalledOneAndTheSameOrAnOlderOneIsRefused() {
        byte[] hello = built(HELLO);
        expect(201, plugins.install(hello, "hello.jar", admin));
        expect(200, plugins.enable("hello", admin));

        problem(400, plugins.install(hello, "hello.jar", admin));
        ApiClient.Reply older = problem(400, plugins.install(withManifest(hello, Map.of("Plugin-Version", "0.9.0")), "old.jar", admin));
        assertTrue(older.body().contains("1.0.0 is installed"), older.body());
        assertEquals("ENABLED", plugins.state("hello", admin), "a refused upgrade leaves the plugin as it was");

        ApiClient.Reply upgraded = expect(201, plugins.install(withManifest(hello, Map.of("Plugin-Version", "1.1.0")), "new.jar", admin));
        assertEquals("1.1.0", upgraded.text("version"));
        assertEquals("DISABLED", upgraded.text("state"), "an upgrade is installed disabled, like any install");
        assertEquals(1, expect(200, api.get("/api/plugins", admin)).json().size());
        assertEquals(List.of("hello-1.1.0.jar"), jarsOnDisk());
    }

    @Test
    void aFileThatIsNotAPluginThisCmsCanRunIsRefusedWithTheReasonAndNothingIsKept() {
        byte[] hello = built(HELLO);
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("is not a JAR", "just some notes".getBytes(StandardCharsets.UTF_8));
        refused.put("has no manifest", PluginJars.withoutManifest(hello));
        refused.put("needs plugin API >=9.0.0", withManifest(hello, Map.of("Plugin-Requires", ">=9.0.0")));
        refused.put("not a version range", withManifest(hello, Map.of("Plugin-Requires", "whenever")));
        refused.put("has no Plugin-Id", withManifest(hello, nulled("Plugin-Id")));
        refused.put("has Plugin-Id 'Hello World'", withManifest(hello, Map.of("Plugin-Id", "Hello World")));
        refused.put("not a semantic version", withManifest(hello, Map.of("Plugin-Version", "one")));
        refused.put("'shell:exec', which is unknown",
                withManifest(hello, Map.of("Plugin-Permissions", "write:story-metadata, shell:exec")));
        refused.put("provides a StoryEnricher but does not ask for write:story-metadata",
                withManifest(hello, nulled("Plugin-Permissions")));
        refused.put("remove Plugin-Class", withManifest(hello, Map.of("Plugin-Class", "org.pf4j.Plugin")));

        refused.forEach((reason, file) -> {
            ApiClient.Reply reply = fieldError(400, "file", plugins.install(file, "upload.jar", admin));
            assertTrue(reply.text("detail").contains(reason), () -> "expected '" + reason + "' in " + reply);
        });
        assertEquals(0, expect(200, api.get("/api/plugins", admin)).json().size());
        assertEquals(List.of(), jarsOnDisk(), "no file is left behind");
    }

    @Test
    void aJarLargerThanTheCapIsRefusedAndNothingIsKept() {
        byte[] large = new byte[70 * 1024];
        new Random(7).nextBytes(large);

        ApiClient.Reply reply = fieldError(400, "file", plugins.install(large, "large.jar", admin));

        assertTrue(reply.text("detail").contains("larger than the 64 kB"), reply.body());
        assertEquals(List.of(), jarsOnDisk());
    }

    @Test
    void anInstallWithoutAFileIsRefused() {
        ApiClient.Reply reply = api.send("POST", "/api/plugins", "--x--\r\n".getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=x", admin);
        fieldError(400, "file", reply);
    }

    @Test
    void anUnknownPluginIsNotFound() {
        problem(404, plugins.enable("nothing-here", admin));
        problem(404, plugins.uninstall("nothing-here", admin));
    }

    @Test
    void onlyAdminsManagePlugins() {
        expect(201, plugins.install(built(HELLO), "hello.jar", admin));
        for (String token : List.of(user("eda", "EDITOR"), user("rita", "REPORTER"))) {
            problem(403, api.get("/api/plugins", token));
            problem(403, plugins.install(built(HELLO), "hello.jar", token));
            problem(403, plugins.enable("hello", token));
            problem(403, plugins.disable("hello", token));
            problem(403, plugins.uninstall("hello", token));
        }
        assertEquals(401, api.get("/api/plugins", null).status());
        assertEquals(401, plugins.install(built(HELLO), "hello.jar", null).status());
        assertEquals(401, plugins.enable("hello", null).status());
        assertEquals("DISABLED", plugins.state("hello", admin));
    }

    @Test
    void everyChangeIsInTheAuditTrail() {
        byte[] hello = built(HELLO);
        expect(201, plugins.install(hello, "hello.jar", admin));
        expect(200, plugins.enable("hello", admin));
        expect(200, plugins.disable("hello", admin));
        expect(201, plugins.install(withManifest(hello, Map.of("Plugin-Version", "1.0.1")), "hello.jar", admin));
        expect(204, plugins.uninstall("hello", admin));

        List<String> actions = new ArrayList<>();
        for (JsonNode event : expect(200, api.get("/api/audit?user=admin&size=100", admin)).json().get("items").values()) {
            if ("plugin:hello".equals(event.get("subject").getStringValue())) {
                actions.add(0, event.get("action").getStringValue());
            }
        }
        assertEquals(List.of("plugin.install", "plugin.enable", "plugin.disable", "plugin.upgrade", "plugin.uninstall"), actions);
    }

    private long publish(String headline, String body) {
        long id = expect(201, api.post("/api/stories", draft(headline).with("body", body), admin)).number("id");
        expect(200, api.post("/api/stories/" + id + "/publish", Map.of(), admin));
        return id;
    }

    private Path pluginsDirectory() {
        return data.resolve("plugins");
    }

    private List<String> jarsOnDisk() {
        try (Stream<Path> files = Files.list(pluginsDirectory())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> withoutLastEvent(Map<String, String> entries) {
        Map<String, String> copy = new HashMap<>(entries);
        copy.remove("last-event");
        return copy;
    }

    private static Map<String, String> nulled(String key) {
        Map<String, String> change = new HashMap<>();
        change.put(key, null);
        return change;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
