package news.cms.publishing.article;

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

import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The article page {@code /{yyyy}/{mm}/{slug}}: a live story at its stored address; 301 to that
 * address from any path that leads to it (one it had before, the one today's zone would give it);
 * 404 for anything else, and for every path of a story that is not live. Answered through
 * {@link PageResponses}: cached until the story changes, with ETag and Last-Modified, and 304 to a
 * reader who has this version; a redirect is cached until any story changes (a story published at
 * that path takes it over).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ArticleController {

    private final ArticlePages articles;
    private final Templates templates;
    private final PageResponses responses;

    ArticleController(ArticlePages articles, Templates templates, PageResponses responses) {
        this.articles = articles;
        this.templates = templates;
        this.responses = responses;
    }

    @Get(uri = "/{year}/{month}/{slug}", produces = MediaType.TEXT_HTML)
    CompletableFuture<HttpResponse<byte[]>> article(String year, String month, String slug, HttpRequest<?> request) {
        String path = "/" + year + "/" + month + "/" + slug;
        return responses.answer(request, baseUrl -> articles.find(path)
                .map(story -> new PageResponses.Page(templates.render("article.jte", articles.page(story, baseUrl)),
                        "text/html;charset=utf-8",
                        // its language versions are on the page (hreflang): one going live changes it
                        DependsOn.stories(Stream.concat(Stream.of(story.id()), articles.translationsOf(story).stream())
                                .toList())))
                .or(() -> articles.movedFrom(path).map(address -> PageResponses.Page.redirect(address, DependsOn.allStories()))));
    }
}
