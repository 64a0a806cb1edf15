package news.cms.app.openapi;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** Serves the OpenAPI description that micronaut-openapi generates from the controllers at build time. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class OpenApiController {

    static final String GENERATED = "classpath:META-INF/swagger/cms.yml";
    private static final MediaType YAML = MediaType.of("application/yaml");

    private final ResourceResolver resources;

    OpenApiController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get("/openapi.yml")
    HttpResponse<StreamedFile> openApi() {
        return resources.getResource(GENERATED)
                .map(url -> HttpResponse.ok(new StreamedFile(url)).contentType(YAML))
                .orElseGet(HttpResponse::notFound);
    }
}
