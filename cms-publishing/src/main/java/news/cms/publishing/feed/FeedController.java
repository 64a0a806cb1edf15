package news.cms.publishing.feed;

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

/**
 * {@code /feed} and {@code /{section}/feed} (RSS 2.0); {@code …/feed/atom} (Atom). They answer a
 * browser too (its Accept prefers HTML), or the section route would take {@code /feed} for a section.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class FeedController {

    private final Feeds feeds;
    private final BaseUrl baseUrl;

    FeedController(Feeds feeds, BaseUrl baseUrl) {
        this.feeds = feeds;
        this.baseUrl = baseUrl;
    }

    @Get(uri = "/feed", produces = {"application/rss+xml", MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    HttpResponse<String> site(HttpRequest<?> request) {
        return xml(feeds.site(Feeds.Format.RSS, baseUrl.of(request)), Feeds.Format.RSS);
    }

    @Get(uri = "/feed/atom", produces = {"application/atom+xml", MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    HttpResponse<String> siteAtom(HttpRequest<?> request) {
        return xml(feeds.site(Feeds.Format.ATOM, baseUrl.of(request)), Feeds.Format.ATOM);
    }

    @Get(uri = "/{section}/feed", produces = {"application/rss+xml", MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    HttpResponse<String> section(String section, HttpRequest<?> request) {
        return feeds.section(section, Feeds.Format.RSS, baseUrl.of(request))
                .map(feed -> xml(feed, Feeds.Format.RSS)).orElseGet(HttpResponse::notFound);
    }

    @Get(uri = "/{section}/feed/atom", produces = {"application/atom+xml", MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    HttpResponse<String> sectionAtom(String section, HttpRequest<?> request) {
        return feeds.section(section, Feeds.Format.ATOM, baseUrl.of(request))
                .map(feed -> xml(feed, Feeds.Format.ATOM)).orElseGet(HttpResponse::notFound);
    }

    private static HttpResponse<String> xml(String feed, Feeds.Format format) {
        return HttpResponse.ok(feed).contentType(MediaType.of(format.mediaType() + ";charset=utf-8"));
    }
}
