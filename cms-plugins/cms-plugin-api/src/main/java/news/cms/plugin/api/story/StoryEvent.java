package news.cms.plugin.api.story;

import java.time.Instant;
import java.util.Objects;

/**
 * A story moved through the workflow. Delivered after the change was committed; read the story
 * itself through {@link StoryReader} (the content of stories that are not live needs
 * {@code read:unpublished}).
 *
 * @param actor the username of who did it, or null for the server's own work (a schedule firing)
 */
public record StoryEvent(StoryAction action, long storyId, StoryStatus from, StoryStatus to, Instant at,
                         String actor) {

    public StoryEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
