package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;

/**
 * Which stories a newsroom list shows. Every part is optional; {@code visibleTo} restricts the list
 * to the stories one user created or holds a byline on.
 *
 * @param sectionId   only this section
 * @param authorId    only stories with this byline
 * @param visibleTo   only stories this user created or is bylined on (their author profile)
 */
public record StoryFilter(@Nullable StoryStatus status, @Nullable Long sectionId, @Nullable Long authorId,
                          @Nullable Owner visibleTo) {

    /** A user and their author profile: the two ways a story can be "theirs". */
    public record Owner(long userId, long authorId) {
    }
}
