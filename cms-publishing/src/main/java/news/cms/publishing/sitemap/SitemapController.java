package news.cms.publishing.sitemap;

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

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /sitemap.xml} (the sitemap, or the index of its parts on a large site), {@code /sitemap-{n}.xml}
 * and {@code /news-sitemap.xml}, through {@link PageResponses} (cached until any story changes, ETag,
 * 304). They answer a browser too, as the feeds do.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class SitemapController {

    private static final String XML = "application/xml;charset=utf-8";

    private final Sitemaps sitemaps;
    private final PageResponses responses;

    SitemapController(Sitemaps sitemaps, PageResponses responses) {
        this.sitemaps = sitemaps;
        this.responses = responses;
    }

    @Get(uri = "/sitemap.xml", produces = {MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    CompletableFuture<HttpResponse<byte[]>> sitemap(HttpRequest<?> request) {
        return responses.answer(request, baseUrl -> Optional.of(
                new PageResponses.Page(sitemaps.sitemap(baseUrl), XML, DependsOn.allStories())));
    }

    @Get(uri = "/sitemap-{n}.xml", produces = {MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    CompletableFuture<HttpResponse<byte[]>> sitemapPart(String n, HttpRequest<?> request) {
        return responses.answer(request, baseUrl -> (n.matches("[1-9][0-9]{0,8}")
                ? sitemaps.part(Integer.parseInt(n), baseUrl) : Optional.<String>empty())
                .map(xml -> new PageResponses.Page(xml, XML, DependsOn.allStories())));
    }

    @Get(uri = "/news-sitemap.xml", produces = {MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    CompletableFuture<HttpResponse<byte[]>> newsSitemap(HttpRequest<?> request) {
        return responses.answer(request, baseUrl -> Optional.of(
                new PageResponses.Page(sitemaps.newsSitemap(baseUrl), XML, DependsOn.allStories())));
    }
}
