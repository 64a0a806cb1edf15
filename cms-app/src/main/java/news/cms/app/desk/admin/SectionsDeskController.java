package news.cms.app.desk.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.admin.AdminPages.SectionForm;
import news.cms.app.desk.admin.AdminPages.SectionPage;
import news.cms.app.desk.admin.AdminPages.SectionRow;
import news.cms.app.desk.admin.AdminPages.SectionsPage;
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.section.SectionDraft;

/**
 * The admin console's sections: the list with the form for a new one, and one section's title and
 * description (its slug is part of its URLs and stays, as {@link SectionDirectory} rules).
 */
@Controller("/desk/admin/sections")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class SectionsDeskController {

    private final SectionDirectory sections;
    private final DeskView view;

    SectionsDeskController(SectionDirectory sections, DeskView view) {
        this.sections = sections;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> sections(Authentication authentication, HttpRequest<?> request) {
        return list(request, view.user(authentication), HttpStatus.OK, new SectionForm("", "", ""), FormErrors.NONE);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> create(@Nullable String csrf, @Nullable String slug, @Nullable String title,
                                @Nullable String description, Actor actor, Authentication authentication,
                                HttpRequest<?> request) {
        view.requireToken(request, csrf);
        try {
            Section created = sections.create(actor, new SectionDraft(slug, title, description));
            return view.seeOther(request, "/desk/admin/sections", "Section " + created.title() + " created: its front page is /"
                    + created.slug() + ".");
        } catch (InvalidInputException | ConflictException e) {
            return list(request, view.user(authentication), Forms.status(e),
                    new SectionForm(Forms.orEmpty(slug), Forms.orEmpty(title), Forms.orEmpty(description)), Forms.errors(e));
        }
    }

    @Get(value = "/{slug}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> section(String slug, Authentication authentication, HttpRequest<?> request) {
        Section section = sections.get(slug);
        return form(request, view.user(authentication), HttpStatus.OK, section.slug(),
                new SectionForm(section.slug(), section.title(), Forms.orEmpty(section.description())), FormErrors.NONE);
    }

    @Post(value = "/{slug}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> update(String slug, @Nullable String csrf, @Nullable String title,
                                @Nullable String description, Actor actor, Authentication authentication,
                                HttpRequest<?> request) {
        view.requireToken(request, csrf);
        try {
            Section updated = sections.update(actor, slug, new SectionDraft(null, title, description));
            return view.seeOther(request, "/desk/admin/sections", "Section " + updated.title() + " saved.");
        } catch (InvalidInputException e) {
            return form(request, view.user(authentication), HttpStatus.BAD_REQUEST, slug,
                    new SectionForm(slug, Forms.orEmpty(title), Forms.orEmpty(description)), FormErrors.of(e));
        }
    }

    /** The list with the form for a new section, holding what was typed. */
    private HttpResponse<String> list(HttpRequest<?> request, User user, HttpStatus status, SectionForm form,
                                      FormErrors errors) {
        return view.page(request, user, status, frame -> view.render("desk/admin/sections.jte",
                new SectionsPage(frame, sections.list().stream().map(SectionRow::of).toList(), form, errors)));
    }

    /** One section's form. */
    private HttpResponse<String> form(HttpRequest<?> request, User user, HttpStatus status, String slug,
                                      SectionForm form, FormErrors errors) {
        return view.page(request, user, status, frame -> view.render("desk/admin/section.jte",
                new SectionPage(frame, slug, form, errors)));
    }
}
