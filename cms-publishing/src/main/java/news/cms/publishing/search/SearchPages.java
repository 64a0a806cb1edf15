package news.cms.publishing.search;

import jakarta.inject.Singleton;
import news.cms.core.search.SearchQuery;
import news.cms.core.search.SearchResults;
import news.cms.core.search.StorySearch;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStore;
import news.cms.publishing.listing.ListingPage;
import news.cms.publishing.listing.ListingPages;
import news.cms.publishing.site.PublicDates;
import news.cms.publishing.site.SiteSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the readers' search page: the index finds the live stories (readers' view only), the
 * stories are read from the database as they are now and shown as a listing shows them, ten a page.
 */
@Singleton
public class SearchPages {

    /** Results a page, as the contract says (listings follow the site's page size). */
    public static final int PER_PAGE = 10;

    private final StorySearch search;
    private final StoryStore stories;
    private final ListingPages listings;
    private final SectionDirectory sections;
    private final PublicDates dates;
    private final SiteSettings site;
    private final Clock clock;

    SearchPages(StorySearch search, StoryStore stories, ListingPages listings, SectionDirectory sections,
                PublicDates dates, SiteSettings site, Clock clock) {
        this.search = search;
        this.stories = stories;
        this.listings = listings;
        this.sections = sections;
        this.dates = dates;
        this.site = site;
        this.clock = clock;
    }

    public SearchPage page(String query, String section, int page, boolean byDate) {
        String q = query.strip();
        Instant now = clock.instant();
        int size = PER_PAGE;
        SearchResults found = q.isEmpty() ? SearchResults.NONE : search.search(new SearchQuery(q, SearchQuery.READERS,
                null, section.isEmpty() ? null : section, null, null, null, byDate, page, size, now));
        Map<Long, Story> byId = stories.findAll(found.hits().stream().map(SearchResults.Hit::storyId).toList()).stream()
                .filter(story -> PublishedStories.isLive(story, now))
                .collect(Collectors.toMap(Story::id, Function.identity()));
        List<Story> shown = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        for (SearchResults.Hit hit : found.hits()) {
            Story story = byId.get(hit.storyId());
            if (story != null) { // the index is a moment behind the database: what is no longer live is left out
                shown.add(story);
                snippets.add(hit.snippet());
            }
        }
        List<ListingPage.Item> items = listings.items(shown);
        List<SearchPage.Result> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            results.add(new SearchPage.Result(items.get(i), snippets.get(i)));
        }
        long pages = (found.total() + size - 1) / size;
        List<SearchPage.Choice> choices = sections.list().stream()
                .map(s -> new SearchPage.Choice(s.slug(), s.title())).toList();
        return new SearchPage(site.getName(), dates.today(), q, found.total(), results, page,
                page > 1 && q.length() > 0 ? url(q, section, page - 1, byDate) : null,
                page < pages ? url(q, section, page + 1, byDate) : null, choices, section, byDate,
                q.isEmpty() ? null : url(q, section, 1, false), q.isEmpty() ? null : url(q, section, 1, true));
    }

    static String url(String q, String section, int page, boolean byDate) {
        StringBuilder url = new StringBuilder("/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (!section.isEmpty()) {
            url.append("&section=").append(URLEncoder.encode(section, StandardCharsets.UTF_8));
        }
        if (byDate) {
            url.append("&sort=date");
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }
}
