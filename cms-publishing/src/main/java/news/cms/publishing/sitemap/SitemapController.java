package news.cms.publishing.sitemap;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.publishing.site.BaseUrl;

import java.util.Optional;

/**
 * {@code /sitemap.xml} (the sitemap, or the index of its parts on a large site), {@code /sitemap-{n}.xml}
 * and {@code /news-sitemap.xml}. They answer a browser too, as the feeds do.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class SitemapController {

    private static final MediaType XML = MediaType.of("application/xml;charset=utf-8");

    private final Sitemaps sitemaps;
    private final BaseUrl baseUrl;

    SitemapController(Sitemaps sitemaps, BaseUrl baseUrl) {
        this.sitemaps = sitemaps;
        this.baseUrl = baseUrl;
    }

    @Get(uri = "/sitemap.xml", produces = {MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    HttpResponse<String> sitemap(HttpRequest<?> request) {
        return HttpResponse.ok(sitemaps.sitemap(baseUrl.of(request))).contentType(XML);
    }

    @Get(uri = "/sitemap-{n}.xml", produces = {MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    HttpResponse<String> sitemapPart(String n, HttpRequest<?> request) {
        return (n.matches("[1-9][0-9]{0,8}") ? sitemaps.part(Integer.parseInt(n), baseUrl.of(request)) : Optional.<String>empty())
                .map(xml -> HttpResponse.ok(xml).contentType(XML)).orElseGet(HttpResponse::notFound);
    }

    @Get(uri = "/news-sitemap.xml", produces = {MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    HttpResponse<String> newsSitemap(HttpRequest<?> request) {
        return HttpResponse.ok(sitemaps.newsSitemap(baseUrl.of(request))).contentType(XML);
    }
}
