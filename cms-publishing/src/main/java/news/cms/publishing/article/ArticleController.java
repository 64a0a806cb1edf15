package news.cms.publishing.article;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.publishing.site.BaseUrl;
import news.cms.core.story.Story;
import news.cms.publishing.site.Templates;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The article page {@code /{yyyy}/{mm}/{slug}}. Answers 404 for anything that is not a live story
 * at its own URL; carries an ETag and Last-Modified and answers 304 to a reader who has this version.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ArticleController {

    private final ArticlePages articles;
    private final Templates templates;
    private final BaseUrl baseUrl;

    ArticleController(ArticlePages articles, Templates templates, BaseUrl baseUrl) {
        this.articles = articles;
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    @Get(uri = "/{year}/{month}/{slug}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> article(String year, String month, String slug, HttpRequest<?> request) {
        Optional<Story> found = articles.find(year, month, slug);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Story story = found.get();
        List<Story> translations = articles.liveTranslations(story);
        // the version changes with every edit, correction and transition; the time tells the rest;
        // a translation going live or away changes the page's alternates, so it is part of the tag
        String etag = "W/\"" + Stream.concat(Stream.of(story), translations.stream())
                .map(s -> s.id() + "-" + s.version()).collect(Collectors.joining(".")) + "\"";
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(story.updatedAt().atOffset(ZoneOffset.UTC));
        if (etag.equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            return HttpResponse.<String>status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, etag);
        }
        return HttpResponse.ok(templates.render("article.jte", articles.page(story, translations, baseUrl.of(request))))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, lastModified);
    }
}
