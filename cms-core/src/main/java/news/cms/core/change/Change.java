package news.cms.core.change;

import java.time.Instant;

/**
 * One row of the change feed: what changed ({@code kind} and {@code ref}), in the order the database
 * gave the rows their ids.
 *
 * @param ref a story's or a picture's id, a section's or an author's slug
 */
public record Change(long id, Kind kind, String ref, Instant at) {

    /** What a change is about. */
    public enum Kind {
        STORY, SECTION, AUTHOR, MEDIA
    }

    /** The story's id, for a {@link Kind#STORY} change. */
    public long storyId() {
        return Long.parseLong(ref);
    }
}
