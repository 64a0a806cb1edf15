package news.cms.core.search;

import java.util.List;

/**
 * One page of what a search found, best (or newest) first, and how many stories match in all.
 *
 * @param hits each found story's id and a snippet of its text: HTML, escaped, with the matched words
 *             in {@code <mark>}
 */
public record SearchResults(long total, List<Hit> hits) {

    public record Hit(long storyId, String snippet) {
    }

    public static final SearchResults NONE = new SearchResults(0, List.of());
}
