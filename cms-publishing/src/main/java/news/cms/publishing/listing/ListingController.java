package news.cms.publishing.listing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.publishing.site.Templates;

import java.net.URI;
import java.util.Optional;

/**
 * The reader's listing pages: {@code /}, {@code /{section}}, {@code /author/{slug}},
 * {@code /tag/{slug}}, each with {@code /page/{n}} from 2 on ({@code /page/1} redirects to the
 * first page; past the last page is 404).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ListingController {

    private final ListingPages pages;
    private final Templates templates;

    ListingController(ListingPages pages, Templates templates) {
        this.pages = pages;
        this.templates = templates;
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    HttpResponse<String> home() {
        return html(pages.home(1));
    }

    @Get(uri = "/page/{n}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> homePage(int n) {
        return n == 1 ? HttpResponse.redirect(URI.create("/")) : html(pages.home(n));
    }

    @Get(uri = "/{section}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> section(String section) {
        return html(pages.section(section, 1));
    }

    @Get(uri = "/{section}/page/{n}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> sectionPage(String section, int n) {
        return n == 1 ? HttpResponse.redirect(URI.create("/" + section)) : html(pages.section(section, n));
    }

    @Get(uri = "/author/{slug}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> author(String slug) {
        return html(pages.author(slug, 1));
    }

    @Get(uri = "/author/{slug}/page/{n}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> authorPage(String slug, int n) {
        return n == 1 ? HttpResponse.redirect(URI.create("/author/" + slug)) : html(pages.author(slug, n));
    }

    @Get(uri = "/tag/{slug}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> tag(String slug) {
        return html(pages.tag(slug, 1));
    }

    @Get(uri = "/tag/{slug}/page/{n}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> tagPage(String slug, int n) {
        return n == 1 ? HttpResponse.redirect(URI.create("/tag/" + slug)) : html(pages.tag(slug, n));
    }

    private HttpResponse<String> html(Optional<ListingPage> page) {
        return page.<HttpResponse<String>>map(p -> HttpResponse.ok(templates.render("listing.jte", p))
                        .contentType(MediaType.TEXT_HTML_TYPE))
                .orElseGet(HttpResponse::notFound);
    }
}
