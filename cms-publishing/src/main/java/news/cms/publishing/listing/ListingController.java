package news.cms.publishing.listing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.publishing.cache.DependsOn;
import news.cms.publishing.cache.PageResponses;
import news.cms.publishing.site.Templates;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The reader's listing pages: {@code /}, {@code /{section}}, {@code /author/{slug}},
 * {@code /tag/{slug}}, each with {@code /page/{n}} from 2 on ({@code /page/1} redirects to the
 * first page; past the last page is 404). Answered through {@link PageResponses}: cached, with ETag
 * and 304.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ListingController {

    private static final String HTML = "text/html;charset=utf-8";

    private final ListingPages pages;
    private final Templates templates;
    private final PageResponses responses;

    ListingController(ListingPages pages, Templates templates, PageResponses responses) {
        this.pages = pages;
        this.templates = templates;
        this.responses = responses;
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    CompletableFuture<HttpResponse<byte[]>> home(HttpRequest<?> request) {
        return html(request, "/", () -> pages.home(1));
    }

    @Get(uri = "/page/{n}", produces = MediaType.TEXT_HTML)
    CompletableFuture<HttpResponse<byte[]>> homePage(int n, HttpRequest<?> request) {
        return n == 1 ? PageResponses.redirect("/") : html(request, "/", () -> pages.home(n));
    }

    @Get(uri = "/{section}", produces = MediaType.TEXT_HTML)
    CompletableFuture<HttpResponse<byte[]>> section(String section, HttpRequest<?> request) {
        return html(request, "/" + section, () -> pages.section(section, 1));
    }

    @Get(uri = "/{section}/page/{n}", produces = MediaType.TEXT_HTML)
    CompletableFuture<HttpResponse<byte[]>> sectionPage(String section, int n, HttpRequest<?> request) {
        return n == 1 ? PageResponses.redirect("/" + section)
                : html(request, "/" + section, () -> pages.section(section, n));
    }

    @Get(uri = "/author/{slug}", produces = MediaType.TEXT_HTML)
    CompletableFuture<HttpResponse<byte[]>> author(String slug, HttpRequest<?> request) {
        return html(request, "/author/" + slug, () -> pages.author(slug, 1));
    }

    @Get(uri = "/author/{slug}/page/{n}", produces = MediaType.TEXT_HTML)
    CompletableFuture<HttpResponse<byte[]>> authorPage(String slug, int n, HttpRequest<?> request) {
        return n == 1 ? PageResponses.redirect("/author/" + slug)
                : html(request, "/author/" + slug, () -> pages.author(slug, n));
    }

    @Get(uri = "/tag/{slug}", produces = MediaType.TEXT_HTML)
    CompletableFuture<HttpResponse<byte[]>> tag(String slug, HttpRequest<?> request) {
        return html(request, "/tag/" + slug, () -> pages.tag(slug, 1));
    }

    @Get(uri = "/tag/{slug}/page/{n}", produces = MediaType.TEXT_HTML)
    CompletableFuture<HttpResponse<byte[]>> tagPage(String slug, int n, HttpRequest<?> request) {
        return n == 1 ? PageResponses.redirect("/tag/" + slug)
                : html(request, "/tag/" + slug, () -> pages.tag(slug, n));
    }

    /** @param listing the listing's first-page path: every page of it changes when it does */
    private CompletableFuture<HttpResponse<byte[]>> html(HttpRequest<?> request, String listing,
                                                         Supplier<Optional<ListingPage>> page) {
        return responses.answer(request, baseUrl -> page.get().map(p -> new PageResponses.Page(
                templates.render("listing.jte", p), HTML, DependsOn.listing(listing))));
    }
}
