package news.cms.plugins.context;

import io.micronaut.core.value.MapPropertyResolver;
import news.cms.plugin.api.MissingPermissionException;
import news.cms.plugin.api.PluginContext;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A context hands out what the permissions allow and refuses the rest, naming the permission missing. */
class GrantedContextTest {

    private static final MapPropertyResolver CONFIGURATION = new MapPropertyResolver(Map.of(
            "cms.plugins.settings.translator.url", "https://translate.example/api",
            "cms.plugins.settings.other.secret", "not yours"));

    @Test
    void withoutANetworkPermissionThereIsNoNetwork() {
        MissingPermissionException refused = assertThrows(MissingPermissionException.class,
                () -> context(Set.of()).network());

        assertEquals("network:<host>", refused.permission());
    }

    @Test
    void aNetworkPermissionReachesItsHostAndNoOther() {
        PluginContext context = context(Set.of("network:translate.example"));

        assertEquals(Set.of("translate.example"), context.network().hosts());
        MissingPermissionException otherHost = assertThrows(MissingPermissionException.class,
                () -> context.network().send(get("http://b.example/"), HttpResponse.BodyHandlers.discarding()));
        assertEquals("network:b.example", otherHost.permission());
        assertThrows(MissingPermissionException.class,
                () -> context.network().send(get("http://translate.example.b.example/"), HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    void withoutTheMetadataPermissionNothingCanBeWrittenOnStories() {
        MissingPermissionException refused = assertThrows(MissingPermissionException.class,
                () -> context(Set.of("read:unpublished")).storyMetadata());

        assertEquals("write:story-metadata", refused.permission());
    }

    @Test
    void aPluginReadsItsOwnSettingsAndNoOtherPluginsSettings() {
        PluginContext context = context(Set.of());

        assertEquals(Optional.of("https://translate.example/api"), context.setting("url"));
        assertEquals(Optional.empty(), context.setting("secret"));
    }

    private static PluginContext context(Set<String> permissions) {
        return new GrantedContext("translator", permissions, CONFIGURATION, storyId -> Optional.empty(), null);
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).build();
    }
}
