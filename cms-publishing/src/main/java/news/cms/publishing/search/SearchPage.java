package news.cms.publishing.search;

import io.micronaut.core.annotation.Nullable;
import news.cms.publishing.listing.ListingPage;
import news.cms.publishing.site.PublicDates;

import java.util.List;

/**
 * The readers' search page: what was asked, how many stories match, one page of them (as a listing
 * shows a story, with the words found marked in a snippet), and the links to the pages around it.
 *
 * @param query    the words as typed, shown back in the search box
 * @param sections the sections to narrow the search to (slug and title); {@code section} the one chosen, or ""
 * @param byDate   newest first rather than best first
 */
public record SearchPage(String siteName, PublicDates.Day today, String query, long total, List<Result> results,
                         int page, @Nullable String previousUrl, @Nullable String nextUrl, List<Choice> sections,
                         String section, boolean byDate, @Nullable String bestUrl, @Nullable String newestUrl) {

    /** @param snippet escaped HTML with {@code <mark>} around the matched words */
    public record Result(ListingPage.Item item, String snippet) {
    }

    public record Choice(String value, String label) {
    }

    public boolean asked() {
        return !query.isBlank();
    }
}
