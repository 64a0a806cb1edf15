package news.cms.app.plugins;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import news.cms.app.ApiClient;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.metadata.StoryMetadataStore;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static news.cms.app.plugins.PluginJars.HELLO;
import static news.cms.app.plugins.PluginJars.NETWORK_PROBE;
import static news.cms.app.plugins.PluginJars.THROWING;
import static news.cms.app.plugins.PluginJars.built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A restart on the same data directory and database: the same plugins come back, in the same states. */
class PluginRestartTest {

    @Test
    void aRestartBringsBackTheSamePluginsInTheSameStatesAndStartsTheEnabledOnes() {
        Path data = TestDatabase.newDataDirectory();
        TestDatabase.cleanExternalDatabase();
        String before;
        try (Running server = new Running(data)) {
            server.api.post("/api/sections", Map.of("slug", "news", "title", "News", "description", "d"), server.admin);
            server.installAndEnable(HELLO, "hello");
            server.install(THROWING);
            server.installAndEnable(NETWORK_PROBE, "network-probe");
            server.plugins.disable("network-probe", server.admin);
            server.plugins.enable("throwing", server.admin);
            for (int i = 1; i <= 2; i++) {
                server.desk.publish("Before the restart " + i, "words");
            }
            Eventually.within(Duration.ofSeconds(10), () -> "FAILED".equals(server.plugins.state("throwing", server.admin)),
                    "the throwing plugin fails");
            before = server.api.get("/api/plugins", server.admin).body();
        }

        try (Running again = new Running(data)) {
            assertEquals(before, again.api.get("/api/plugins", again.admin).body(),
                    "the same plugins, versions, states, errors and times");
            long story = again.desk.publish("After the restart", "three more words").id();
            assertEquals("3", again.metadata().of(story, "hello").get("words"), "the enabled plugin runs again");
            assertEquals(Map.of(), again.metadata().of(story, "throwing"));
        }
    }

    @Test
    void anEnabledPluginWhoseJarIsGoneOrChangedOnDiskIsFailedAtStartAndTheServerStartsAnyway() throws IOException {
        Path data = TestDatabase.newDataDirectory();
        TestDatabase.cleanExternalDatabase();
        try (Running server = new Running(data)) {
            server.installAndEnable(HELLO, "hello");
            server.installAndEnable(NETWORK_PROBE, "network-probe");
        }
        Path plugins = data.resolve("plugins");
        Files.write(plugins.resolve("hello-1.0.0.jar"),
                PluginJars.withManifest(built(HELLO), Map.of("Plugin-Description", "swapped behind the admin's back")));
        Files.delete(plugins.resolve("network-probe-1.0.0.jar"));

        try (Running again = new Running(data)) {
            ApiClient.Reply hello = again.plugins.get("hello", again.admin);
            assertEquals("FAILED", hello.text("state"));
            assertTrue(hello.text("lastError").contains("changed on disk"), hello.body());
            ApiClient.Reply probe = again.plugins.get("network-probe", again.admin);
            assertEquals("FAILED", probe.text("state"));
            assertTrue(probe.text("lastError").contains("is missing"), probe.body());
            ApiClient.Reply enableAgain = again.plugins.enable("hello", again.admin);
            assertEquals(409, enableAgain.status(), enableAgain.body());
            assertTrue(enableAgain.text("detail").contains("changed on disk"), enableAgain.body());
        }
    }

    /** One run of the server on the data directory, signed in as the admin. */
    private static final class Running implements AutoCloseable {
        private final EmbeddedServer server;
        private final ApiClient api;
        private final String admin;
        private final PluginAdminClient plugins;
        private final Desk desk;

        Running(Path data) {
            Map<String, Object> properties = new HashMap<>(TestDatabase.properties(data));
            properties.put("cms.plugins.timeout", "300ms");
            server = ApplicationContext.run(EmbeddedServer.class, properties);
            api = new ApiClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            admin = api.login(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
            plugins = new PluginAdminClient(api);
            desk = new Desk(api, admin);
        }

        void install(String jar) {
            ApiClient.Reply reply = plugins.install(built(jar), jar, admin);
            assertEquals(201, reply.status(), reply.body());
        }

        void installAndEnable(String jar, String id) {
            install(jar);
            ApiClient.Reply reply = plugins.enable(id, admin);
            assertEquals(200, reply.status(), reply.body());
        }

        StoryMetadataStore metadata() {
            return server.getApplicationContext().getBean(StoryMetadataStore.class);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
