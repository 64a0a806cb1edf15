package news.cms.app.desk.admin;

import news.cms.plugin.api.Permissions;
import news.cms.plugins.manage.PluginState;

/**
 * What a plugin's manifest asks for, in the words an admin deciding whether to enable it needs:
 * what each permission lets the plugin do and when each extension point is called.
 */
final class PluginWords {

    private PluginWords() {
    }

    static String permission(String permission) {
        if (permission.equals(Permissions.READ_UNPUBLISHED)) {
            return "Read stories that are not live: drafts, submitted, scheduled and unpublished ones.";
        }
        if (permission.equals(Permissions.WRITE_STORY_METADATA)) {
            return "Add its own data to stories (for example a reading time), shown with them on the site.";
        }
        if (permission.startsWith(Permissions.NETWORK)) {
            return "Connect to " + permission.substring(Permissions.NETWORK.length())
                    + " over the internet and send it what the plugin chooses, such as the text of stories.";
        }
        return "A permission this server does not know.";
    }

    static String extensionPoint(String name) {
        return switch (name) {
            case "StoryListener" -> "Is told of every workflow change (submitted, published, unpublished…) after it happens.";
            case "StoryEnricher" -> "Adds data to each story as it is published; publishing waits for it, briefly.";
            case "MediaProcessor" -> "Looks into every uploaded file (type, text, metadata) and may refuse it; uploads wait for it.";
            case "TranslationProvider" -> "Translates stories when someone asks for a translation.";
            default -> "An extension point this server does not know.";
        };
    }

    static String state(PluginState state) {
        return switch (state) {
            case DISABLED -> "Disabled";
            case ENABLED -> "Enabled";
            case FAILED -> "Failed";
        };
    }

    /** A line of the plugin's audit trail. */
    static String action(String action) {
        return switch (action) {
            case "plugin.install" -> "Installed";
            case "plugin.upgrade" -> "Upgraded";
            case "plugin.enable" -> "Enabled";
            case "plugin.disable" -> "Disabled";
            case "plugin.fail" -> "Stopped by the server";
            case "plugin.uninstall" -> "Uninstalled";
            default -> action;
        };
    }
}
