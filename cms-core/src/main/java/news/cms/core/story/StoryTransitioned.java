package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A story moved through the workflow (submitted, published, corrected, unpublished…). Published as
 * an application event inside the transition's transaction, so listeners in any module (public
 * pages, feeds, plugins) learn of every change however it was made: API, desk, scheduler or plugin.
 *
 * @param action the workflow action's name, such as {@code publish}
 * @param actor  the username, or null for the server's own work (the scheduler)
 */
public record StoryTransitioned(long storyId, String action, StoryStatus from, StoryStatus to,
                                @Nullable String actor, Instant at) {
}
