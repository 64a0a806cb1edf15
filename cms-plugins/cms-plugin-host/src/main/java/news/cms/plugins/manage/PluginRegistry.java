package news.cms.plugins.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.time.UtcTime;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What is installed and in which state, in the database: each change and its audit line in one
 * transaction. It knows nothing of files or class loaders ({@link PluginAdmin} does the rest).
 */
@Singleton
class PluginRegistry {

    static final String SUBJECT = "plugin";

    private final PluginRepository plugins;
    private final AuditLog audit;
    private final Clock clock;

    PluginRegistry(PluginRepository plugins, AuditLog audit, Clock clock) {
        this.plugins = plugins;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    List<InstalledPlugin> list() {
        return plugins.findAllOrderById().stream().map(PluginRow::toPlugin).toList();
    }

    @ReadOnly
    Optional<InstalledPlugin> find(String id) {
        return plugins.findById(id).map(PluginRow::toPlugin);
    }

    /** A new plugin, or a newer version of an installed one (replacing it): DISABLED either way. */
    @Transactional
    InstalledPlugin install(Actor actor, PluginManifest manifest, String sha256) {
        long now = now();
        Optional<PluginRow> before = plugins.findById(manifest.id());
        if (before.isPresent()) {
            PluginRow row = plugins.update(PluginRow.of(manifest, sha256, PluginState.DISABLED, before.get().installedAt(), now));
            audit.record(AuditEntry.of(actor, "plugin.upgrade", SUBJECT, manifest.id(),
                    "upgraded from " + before.get().version() + " to " + manifest.version() + ", sha256 " + sha256
                            + ", granted [" + row.permissions() + "]"));
            return row.toPlugin();
        }
        PluginRow row = plugins.save(PluginRow.of(manifest, sha256, PluginState.DISABLED, now, now));
        audit.record(AuditEntry.of(actor, "plugin.install", SUBJECT, manifest.id(),
                "installed " + manifest.version() + ", sha256 " + sha256 + ", granted [" + row.permissions() + "]"));
        return row.toPlugin();
    }

    /**
     * Moves the plugin to a state, audited as {@code action}; an actor of null is the server itself.
     *
     * @param error the last error to show (FAILED), or null to clear it
     */
    @Transactional
    InstalledPlugin move(@Nullable Actor actor, String id, PluginState to, @Nullable String error, String action,
                         String detail) {
        PluginRow row = plugins.findById(id).orElseThrow();
        PluginRow moved = plugins.update(row.withState(to, error == null ? null : truncated(error), now()));
        audit.record(AuditEntry.of(actor, action, SUBJECT, id, detail));
        return moved.toPlugin();
    }

    @Transactional
    void remove(Actor actor, InstalledPlugin plugin) {
        plugins.deleteById(plugin.id());
        audit.record(AuditEntry.of(actor, "plugin.uninstall", SUBJECT, plugin.id(), "uninstalled " + plugin.version()));
    }

    private long now() {
        return UtcTime.toRow(UtcTime.now(clock));
    }

    private static String truncated(String error) {
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }
}
