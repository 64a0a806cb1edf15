package news.cms.plugin.api.story;

import java.util.Map;

/**
 * A plugin's own metadata on stories: key/value text kept under the plugin's id, so plugins never
 * overwrite each other's entries. Needs {@code write:story-metadata}.
 */
public interface StoryMetadata {

    /** Keys: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
    String KEY_PATTERN = "[a-z0-9][a-z0-9._-]{0,99}";

    /** Values longer than this are refused. */
    int MAX_VALUE_LENGTH = 4000;

    /**
     * Sets (or replaces) one entry on a story.
     *
     * @throws IllegalArgumentException for a key or value that breaks the rules, or a story that does not exist
     */
    void put(long storyId, String key, String value);

    /** This plugin's entries on the story; empty when it has none. */
    Map<String, String> read(long storyId);
}
