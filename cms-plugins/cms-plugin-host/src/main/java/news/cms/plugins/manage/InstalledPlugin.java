package news.cms.plugins.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * An installed plugin as admins see it: what its manifest says, what it was granted, and its state.
 *
 * @param requires        the plugin API versions it works with, e.g. {@code ^1.0.0}
 * @param extensionPoints what it provides, e.g. {@code StoryListener}
 * @param permissions     what it was granted at install, as its manifest asked
 * @param sha256          of its JAR, to compare with what the vendor published
 * @param lastError       why it is FAILED (or last failed to start), else null
 */
@Serdeable
public record InstalledPlugin(String id, String version, String name, String description, String provider,
                              String requires, PluginState state, List<String> extensionPoints,
                              List<String> permissions, String sha256, @Nullable String lastError,
                              Instant installedAt, Instant updatedAt) {

    public InstalledPlugin {
        extensionPoints = List.copyOf(extensionPoints);
        permissions = List.copyOf(permissions);
    }
}
