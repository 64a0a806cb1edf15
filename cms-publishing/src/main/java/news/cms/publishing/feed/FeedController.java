package news.cms.publishing.feed;

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
 * {@code /feed} and {@code /{section}/feed} (RSS 2.0); {@code …/feed/atom} (Atom). They answer a
 * browser too (its Accept prefers HTML), or the section route would take {@code /feed} for a section.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class FeedController {

    private final Feeds feeds;
    private final PageResponses responses;

    FeedController(Feeds feeds, PageResponses responses) {
        this.feeds = feeds;
        this.responses = responses;
    }

    @Get(uri = "/feed", produces = {"application/rss+xml", MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    CompletableFuture<HttpResponse<byte[]>> site(HttpRequest<?> request) {
        return siteFeed(request, Feeds.Format.RSS);
    }

    @Get(uri = "/feed/atom", produces = {"application/atom+xml", MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    CompletableFuture<HttpResponse<byte[]>> siteAtom(HttpRequest<?> request) {
        return siteFeed(request, Feeds.Format.ATOM);
    }

    @Get(uri = "/{section}/feed", produces = {"application/rss+xml", MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    CompletableFuture<HttpResponse<byte[]>> section(String section, HttpRequest<?> request) {
        return sectionFeed(request, section, Feeds.Format.RSS);
    }

    @Get(uri = "/{section}/feed/atom", produces = {"application/atom+xml", MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.ALL})
    CompletableFuture<HttpResponse<byte[]>> sectionAtom(String section, HttpRequest<?> request) {
        return sectionFeed(request, section, Feeds.Format.ATOM);
    }

    private CompletableFuture<HttpResponse<byte[]>> siteFeed(HttpRequest<?> request, Feeds.Format format) {
        return responses.answer(request, baseUrl -> Optional.of(page(feeds.site(format, baseUrl), format, "/")));
    }

    private CompletableFuture<HttpResponse<byte[]>> sectionFeed(HttpRequest<?> request, String section, Feeds.Format format) {
        return responses.answer(request, baseUrl -> feeds.section(section, format, baseUrl)
                .map(feed -> page(feed, format, "/" + section)));
    }

    /** A feed shows the newest stories of one listing, and changes with it. */
    private static PageResponses.Page page(String feed, Feeds.Format format, String listing) {
        return new PageResponses.Page(feed, format.mediaType() + ";charset=utf-8", DependsOn.listing(listing));
    }
}
