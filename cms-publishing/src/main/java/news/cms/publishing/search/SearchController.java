package news.cms.publishing.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.publishing.site.Templates;

/**
 * {@code GET /search?q=&section=&page=&sort=}: the readers' search, in the site's layout. Always 200:
 * an empty query, nothing found and a page past the last all answer a page that says so. Not cached
 * and not for search engines ({@code noindex}): results follow every change.
 */
@Controller("/search")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class SearchController {

    /** Pages a reader may go to: 1,000 pages of ten is further than anyone reads. */
    private static final int DEEPEST_PAGE = 1_000;

    private final SearchPages pages;
    private final Templates templates;

    SearchController(SearchPages pages, Templates templates) {
        this.pages = pages;
        this.templates = templates;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> search(@Nullable @QueryValue String q, @Nullable @QueryValue String section,
                                @Nullable @QueryValue String page, @Nullable @QueryValue String sort) {
        int number = pageNumber(page);
        SearchPage shown = pages.page(q == null ? "" : q, section == null ? "" : section.strip(), number,
                "date".equals(sort));
        return HttpResponse.ok(templates.render("search.jte", shown))
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex");
    }

    private static int pageNumber(@Nullable String page) {
        try {
            int n = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.max(1, Math.min(n, DEEPEST_PAGE));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
