package news.cms.core.search;

/**
 * The port to the stories' search index: readers' search on the site and the newsroom's on the desk
 * and the API ask it; the search module answers. Each query says whose view it is in
 * ({@link SearchQuery.Scope}), so what a searcher may not read is never found.
 */
public interface StorySearch {

    SearchResults search(SearchQuery query);
}
