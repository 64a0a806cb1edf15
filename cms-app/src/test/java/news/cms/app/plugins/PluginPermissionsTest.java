package news.cms.app.plugins;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiTest;
import news.cms.core.metadata.StoryMetadataStore;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static news.cms.app.plugins.PluginJars.NETWORK_PROBE;
import static news.cms.app.plugins.PluginJars.built;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A plugin granted {@code network:127.0.0.1} reaches that host (a small server of the test's own,
 * on loopback) and no other: its request to {@code b.example} is refused before anything is sent,
 * and a redirect from the granted host is handed back, not followed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginPermissionsTest extends ApiTest {

    @Inject
    StoryMetadataStore metadata;

    private HttpServer granted;
    private final List<String> requestsSeen = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        startGrantedHost();
        Map<String, String> properties = new HashMap<>(TestDatabase.cleanProperties());
        properties.put("cms.plugins.settings.network-probe.url", "http://127.0.0.1:" + granted.getAddress().getPort());
        return properties;
    }

    @BeforeAll
    void newsroom() {
        section("news");
    }

    @AfterAll
    void stopGrantedHost() {
        granted.stop(0);
    }

    @Test
    void aPluginReachesTheHostItWasGrantedAndNoOther() {
        PluginAdminClient plugins = new PluginAdminClient(api);
        List<String> permissions = strings(expect(201, plugins.install(built(NETWORK_PROBE), NETWORK_PROBE, admin))
                .json().get("permissions"));
        assertEquals(List.of("write:story-metadata", "network:127.0.0.1"), permissions);
        expect(200, plugins.enable("network-probe", admin));

        long story = new Desk(api, admin).publish("Probing the network", "body").id();

        assertEquals(Map.of("granted-host", "200", "redirect", "302", "other-host", "refused: needs network:b.example"),
                metadata.of(story, "network-probe"));
        assertEquals(List.of("/ping", "/elsewhere"), requestsSeen);
    }

    private void startGrantedHost() {
        try {
            granted = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        granted.createContext("/", exchange -> {
            requestsSeen.add(exchange.getRequestURI().getPath());
            if (exchange.getRequestURI().getPath().equals("/elsewhere")) {
                exchange.getResponseHeaders().add("Location", "http://b.example/ping");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        granted.start();
    }
}
