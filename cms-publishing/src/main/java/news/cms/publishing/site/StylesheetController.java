package news.cms.publishing.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.publishing.cache.DependsOn;
import news.cms.publishing.cache.PageResponses;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The stylesheet ({@link SiteStylesheet#PATH}), answered like every public page: with ETag, and 304 when the reader has it. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class StylesheetController {

    private final SiteStylesheet stylesheet;
    private final PageResponses responses;

    StylesheetController(SiteStylesheet stylesheet, PageResponses responses) {
        this.stylesheet = stylesheet;
        this.responses = responses;
    }

    @Get(uri = SiteStylesheet.PATH, produces = "text/css")
    CompletableFuture<HttpResponse<byte[]>> stylesheet(HttpRequest<?> request) {
        return responses.answer(request, baseUrl -> Optional.of(new PageResponses.Page(stylesheet.css(),
                "text/css;charset=utf-8", DependsOn.nothing())));
    }
}
