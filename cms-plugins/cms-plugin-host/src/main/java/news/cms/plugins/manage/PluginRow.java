package news.cms.plugins.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import news.cms.core.time.UtcTime;

import java.util.Arrays;
import java.util.List;

@MappedEntity("installed_plugin")
record PluginRow(@Id String id, String version, String name, String description, String provider, String apiRange,
                 String extensionPoints, String permissions, String state, @Nullable String lastError, String sha256,
                 long installedAt, long updatedAt) {

    static PluginRow of(PluginManifest manifest, String sha256, PluginState state, long installedAt, long now) {
        return new PluginRow(manifest.id(), manifest.version(), manifest.name(), manifest.description(),
                manifest.provider(), manifest.requires(), String.join(",", manifest.extensionPoints()),
                String.join(",", manifest.permissions()), state.name(), null, sha256, installedAt, now);
    }

    PluginRow withState(PluginState to, @Nullable String error, long now) {
        return new PluginRow(id, version, name, description, provider, apiRange, extensionPoints, permissions,
                to.name(), error, sha256, installedAt, now);
    }

    PluginState pluginState() {
        return PluginState.valueOf(state);
    }

    List<String> permissionList() {
        return list(permissions);
    }

    InstalledPlugin toPlugin() {
        return new InstalledPlugin(id, version, name, description, provider, apiRange, pluginState(),
                list(extensionPoints), permissionList(), sha256, lastError, UtcTime.fromRow(installedAt),
                UtcTime.fromRow(updatedAt));
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
