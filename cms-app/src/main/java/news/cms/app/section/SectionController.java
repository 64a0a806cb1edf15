package news.cms.app.section;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.section.SectionDraft;

import java.net.URI;
import java.util.List;

/** The site's sections: admins shape them, everyone signed in reads them. */
@Controller("/api/sections")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sections")
@SecurityRequirement(name = "bearer")
class SectionController {

    private final SectionDirectory sections;

    SectionController(SectionDirectory sections) {
        this.sections = sections;
    }

    @Post
    HttpResponse<Section> create(@Parameter(hidden = true) Actor actor, @Body SectionDraft draft) {
        Section created = sections.create(actor, draft);
        return HttpResponse.created(created, URI.create("/api/sections/" + created.slug()));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<Section> list() {
        return sections.list();
    }

    @Get("/{slug}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Section get(String slug) {
        return sections.get(slug);
    }

    @Put("/{slug}")
    Section update(@Parameter(hidden = true) Actor actor, String slug, @Body SectionDraft draft) {
        return sections.update(actor, slug, draft);
    }
}
