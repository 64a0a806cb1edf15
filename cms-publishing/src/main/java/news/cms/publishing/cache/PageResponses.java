package news.cms.publishing.cache;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import news.cms.publishing.site.BaseUrl;
import news.cms.publishing.site.PublicDates;
import news.cms.publishing.site.ReaderErrorPages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Answers a reader's request for a public page: from {@link RenderedPages}, or rendered on a miss;
 * with ETag and Last-Modified, and 304 when the reader already has these bytes. Every public route
 * (listings, articles, feeds, sitemaps) answers through here, so they all behave alike. A route may
 * also answer a permanent redirect, kept in memory the same way until what it depends on changes.
 */
@Singleton
public class PageResponses {

    /**
     * What a route renders: the body, its content type and what it shows; or, with a
     * {@code location}, a 301 to that path of the site.
     */
    public record Page(String body, String contentType, DependsOn dependsOn, @Nullable String location) {

        public Page(String body, String contentType, DependsOn dependsOn) {
            this(body, contentType, dependsOn, null);
        }

        /** 301 to {@code location}, a path of the site, for as long as {@code dependsOn} holds. */
        public static Page redirect(String location, DependsOn dependsOn) {
            return new Page("", "", dependsOn, location);
        }
    }

    private final RenderedPages pages;
    private final BaseUrl baseUrl;
    private final PublicDates dates;
    private final ReaderErrorPages errorPages;
    private final Clock clock;
    private final ExecutorService blocking;

    PageResponses(RenderedPages pages, BaseUrl baseUrl, PublicDates dates, ReaderErrorPages errorPages, Clock clock,
                  @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.pages = pages;
        this.errorPages = errorPages;
        this.blocking = blocking;
        this.baseUrl = baseUrl;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * A page in memory is answered at once, on the thread that took the request (an event loop:
     * no hand-over for the common case); rendering, which reads the database, runs on the blocking
     * executor (virtual threads on Java 21+).
     *
     * @param render from the site's absolute URL to the page, or empty for 404 (nothing to show
     *               there, or not any longer), answered with the reader's "page not found" page
     */
    public CompletableFuture<HttpResponse<byte[]>> answer(HttpRequest<?> request,
                                                          Function<String, Optional<Page>> render) {
        String base = baseUrl.of(request);
        RenderedPages.PageKey key = new RenderedPages.PageKey(request.getPath(), base, dates.today().iso());
        Optional<RenderedPage> cached = pages.cached(key);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(respond(request, cached.get()));
        }
        return CompletableFuture.supplyAsync(() -> pages.get(key, () -> render.apply(base).map(this::rendered))
                .map(page -> respond(request, page))
                .orElseGet(this::notFound), blocking);
    }

    private HttpResponse<byte[]> notFound() {
        return HttpResponse.<byte[]>notFound(errorPages.notFound().getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8");
    }

    /** A redirect, in the same shape as {@link #answer}. */
    public static CompletableFuture<HttpResponse<byte[]>> redirect(String path) {
        return CompletableFuture.completedFuture(HttpResponse.redirect(URI.create(path)));
    }

    private RenderedPage rendered(Page page) {
        return page.location() != null ? RenderedPage.redirect(page.location(), page.dependsOn(), clock.instant())
                : RenderedPage.of(page.body(), page.contentType(), page.dependsOn(), clock.instant());
    }

    private static HttpResponse<byte[]> respond(HttpRequest<?> request, RenderedPage page) {
        if (page.isRedirect()) {
            // path-only, as the site's other redirects; caches may keep it but must ask again, so
            // it ends the moment its story is no longer live
            return HttpResponse.<byte[]>status(HttpStatus.MOVED_PERMANENTLY)
                    .header(HttpHeaders.LOCATION, page.location())
                    .header(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        }
        MutableHttpResponse<byte[]> response = notModified(request, page)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(page.body()).contentType(MediaType.of(page.contentType()));
        return response.header(HttpHeaders.ETAG, page.etag())
                .header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        page.lastModified().atOffset(ZoneOffset.UTC)))
                // any cache may keep it, but must ask again each time: news changes without notice
                .header(HttpHeaders.CACHE_CONTROL, "public, no-cache");
    }

    /** RFC 9110: If-None-Match decides when present (weak comparison); else If-Modified-Since. */
    private static boolean notModified(HttpRequest<?> request, RenderedPage page) {
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(tag -> tag.trim().replaceFirst("^W/", ""))
                    .anyMatch(tag -> tag.equals("*") || tag.equals(page.etag()));
        }
        String ifModifiedSince = request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !page.lastModified().isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as the RFC says
        }
    }
}
