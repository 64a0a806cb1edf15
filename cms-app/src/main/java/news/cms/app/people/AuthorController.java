package news.cms.app.people;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.author.AuthorDraft;
import news.cms.core.error.ForbiddenException;

import java.net.URI;
import java.util.List;

/** Bylines: everyone signed in reads them (to pick bylines); editors add guests and agencies. */
@Controller("/api/authors")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authors")
@SecurityRequirement(name = "bearer")
class AuthorController {

    @Serdeable
    record AuthorView(long id, String slug, String name, String bio, @Nullable Long photo) {
        static AuthorView of(Author author) {
            return new AuthorView(author.id(), author.slug(), author.name(), author.bio(), author.photo());
        }
    }

    private final AuthorDirectory authors;

    AuthorController(AuthorDirectory authors) {
        this.authors = authors;
    }

    @Post
    @Secured({"EDITOR", "ADMIN"})
    @Operation(summary = "Add a guest or agency byline", description = "The slug is made from the name when left out, unique.")
    HttpResponse<AuthorView> create(@Parameter(hidden = true) Actor actor, @Body AuthorDraft draft) {
        AuthorView created = AuthorView.of(authors.create(actor, draft, null));
        return HttpResponse.created(created, URI.create("/api/authors/" + created.slug()));
    }

    @Get
    List<AuthorView> list() {
        return authors.list().stream().map(AuthorView::of).toList();
    }

    @Get("/{slug}")
    AuthorView get(String slug) {
        return AuthorView.of(authors.get(slug));
    }

    @Put("/{slug}")
    @Operation(summary = "Change an author's name or bio", description = "Editors any author; a user their own profile.")
    AuthorView update(@Parameter(hidden = true) Actor actor, String slug, @Body AuthorDraft draft) {
        Author author = authors.get(slug);
        boolean own = author.userId() != null && author.userId() == actor.userId();
        if (!actor.isEditor() && !own) {
            throw new ForbiddenException("Only editors, or the author themselves, may change this profile");
        }
        return AuthorView.of(authors.update(actor, slug, draft));
    }
}
