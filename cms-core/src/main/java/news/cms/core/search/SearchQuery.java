package news.cms.core.search;

import io.micronaut.core.annotation.Nullable;
import news.cms.core.story.StoryStatus;

import java.time.Instant;

/**
 * One search: the words (a {@code "quoted phrase"} matches as written), whose view it is, the filters,
 * the order and the page.
 *
 * @param status  only stories in this state (newsroom views only)
 * @param section a section's slug
 * @param author  an author's slug: stories with that byline
 * @param from    published (or, unpublished, last changed) at or after
 * @param to      published (or last changed) before
 * @param byDate  newest first instead of best first
 * @param page    from 1
 * @param now     what "live" means: published, with the publish time come
 */
public record SearchQuery(String text, Scope scope, @Nullable StoryStatus status, @Nullable String section,
                          @Nullable String author, @Nullable Instant from, @Nullable Instant to, boolean byDate,
                          int page, int size, Instant now) {

    /**
     * Whose view: readers see live stories only; editors every story; a reporter the live stories and
     * the ones they wrote or have a byline on (what {@code StoryAccess} lets them read).
     */
    public sealed interface Scope permits Readers, Newsroom, Reporter {
    }

    public record Readers() implements Scope {
    }

    public record Newsroom() implements Scope {
    }

    /**
     * @param username   the reporter's username: the stories they created
     * @param authorSlug their own byline, or null when they have none
     */
    public record Reporter(String username, @Nullable String authorSlug) implements Scope {
    }

    public static final Scope READERS = new Readers();
    public static final Scope NEWSROOM = new Newsroom();
    public static final int MAX_PAGE_SIZE = 100;
}
