package news.cms.plugin.api.story;

import java.util.Optional;

/** Reads stories for a plugin. */
public interface StoryReader {

    /**
     * The story as it is now: a live one always; one that is not live (a draft, scheduled,
     * unpublished…) only with {@code read:unpublished}, else empty as if it did not exist.
     */
    Optional<StoryView> find(long storyId);
}
