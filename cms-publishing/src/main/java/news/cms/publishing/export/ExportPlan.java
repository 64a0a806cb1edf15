package news.cms.publishing.export;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * What one export renders. A full export renders everything. An incremental one renders the articles
 * of the stories changed since the last export, every page of each listing such a story is on now or
 * was on then, and the feeds and sitemaps; it deletes the articles of stories no longer live (or
 * moved to another URL) and the pages that listings no longer fill.
 *
 * @param mode       how the run is described: {@code full}, {@code incremental}, or why it is a full one
 * @param articles   the stories whose article pages are rendered; null: all
 * @param listings   the listings (URLs of their first pages) whose pages are rendered; null: all
 * @param goneArticles article URLs of the last export that no live story has now
 */
record ExportPlan(String mode, @Nullable Set<Long> articles, @Nullable Set<String> listings, Set<String> goneArticles) {

    static ExportPlan full(String mode) {
        return new ExportPlan(mode, null, null, Set.of());
    }

    boolean isFull() {
        return articles == null;
    }

    boolean rendersArticle(long storyId) {
        return articles == null || articles.contains(storyId);
    }

    boolean rendersListing(String path) {
        return listings == null || listings.contains(path);
    }
}
