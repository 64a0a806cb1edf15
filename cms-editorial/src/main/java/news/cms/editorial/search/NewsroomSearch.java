package news.cms.editorial.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import news.cms.core.account.Actor;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.paging.PageRequest;
import news.cms.core.search.SearchQuery;
import news.cms.core.search.SearchResults;
import news.cms.core.search.StorySearch;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStatus;
import news.cms.core.story.StoryStore;
import news.cms.editorial.story.StoryAccess;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The newsroom's search, for the API and the desk: editors find every story in every state; a
 * reporter finds the live stories and those they wrote or have a byline on (what {@link StoryAccess}
 * lets them read; the index filters by it, and each story found is checked again as it is now).
 */
@Singleton
public class NewsroomSearch {

    private final StorySearch search;
    private final StoryStore stories;
    private final AuthorDirectory authors;
    private final StoryAccess access;
    private final Clock clock;

    NewsroomSearch(StorySearch search, StoryStore stories, AuthorDirectory authors, StoryAccess access, Clock clock) {
        this.search = search;
        this.stories = stories;
        this.authors = authors;
        this.access = access;
        this.clock = clock;
    }

    /** A story found, as it is now, with the snippet of its matched words (escaped HTML with {@code <mark>}). */
    public record Match(Story story, String snippet) {
    }

    public record Found(long total, List<Match> items) {
    }

    /** The filters of a newsroom search; each null when not asked for. */
    public record Filters(@Nullable StoryStatus status, @Nullable String section, @Nullable String author,
                          @Nullable Instant from, @Nullable Instant to, boolean byDate) {

        public static final Filters NONE = new Filters(null, null, null, null, null, false);
    }

    public Found find(Actor actor, String text, Filters filters, PageRequest page) {
        Instant now = clock.instant();
        SearchQuery.Scope scope = actor.isEditor() ? SearchQuery.NEWSROOM : new SearchQuery.Reporter(actor.username(),
                authors.profileOf(actor.userId()).map(Author::slug).orElse(null));
        SearchResults found = search.search(new SearchQuery(text == null ? "" : text, scope, filters.status(),
                filters.section(), filters.author(), filters.from(), filters.to(), filters.byDate(), page.page(),
                page.size(), now));
        Map<Long, Story> byId = stories.findAll(found.hits().stream().map(SearchResults.Hit::storyId).toList()).stream()
                .collect(Collectors.toMap(Story::id, Function.identity()));
        List<Match> items = new ArrayList<>();
        for (SearchResults.Hit hit : found.hits()) {
            Story story = byId.get(hit.storyId());
            if (story != null && mayFind(actor, story, now)) {
                items.add(new Match(story, hit.snippet()));
            }
        }
        return new Found(found.total(), items);
    }

    private boolean mayFind(Actor actor, Story story, Instant now) {
        return actor.isEditor() || PublishedStories.isLive(story, now) || access.isTheirs(actor, story);
    }
}
