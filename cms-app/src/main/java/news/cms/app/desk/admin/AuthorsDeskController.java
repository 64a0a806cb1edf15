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
import news.cms.app.desk.admin.AdminPages.AuthorForm;
import news.cms.app.desk.admin.AdminPages.AuthorPage;
import news.cms.app.desk.admin.AdminPages.AuthorRow;
import news.cms.app.desk.admin.AdminPages.AuthorsPage;
import news.cms.app.desk.media.PictureViews;
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.account.UserAccounts;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.author.AuthorDraft;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The admin console's bylines: every author, staff profile or not, with the form for a new guest or
 * agency byline, and one author's name and bio (the slug stays, as {@link AuthorDirectory} rules).
 * Staff profiles are made with their accounts, so the form here makes only bylines without one.
 */
@Controller("/desk/admin/authors")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class AuthorsDeskController {

    private final AuthorDirectory authors;
    private final UserAccounts accounts;
    private final DeskView view;
    private final MediaLibrary library;

    AuthorsDeskController(AuthorDirectory authors, UserAccounts accounts, DeskView view, MediaLibrary library) {
        this.library = library;
        this.authors = authors;
        this.accounts = accounts;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> authors(Authentication authentication, HttpRequest<?> request) {
        return list(request, view.user(authentication), HttpStatus.OK, new AuthorForm("", "", "", ""), FormErrors.NONE);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> create(@Nullable String csrf, @Nullable String name, @Nullable String slug,
                                @Nullable String bio, Actor actor, Authentication authentication,
                                HttpRequest<?> request) {
        view.requireToken(request, csrf);
        try {
            Author created = authors.create(actor, new AuthorDraft(name, Forms.optional(slug), bio), null);
            return view.seeOther(request, "/desk/admin/authors", "Byline " + created.name() + " added as "
                    + created.slug() + ".");
        } catch (InvalidInputException | ConflictException e) {
            return list(request, view.user(authentication), Forms.status(e),
                    new AuthorForm(Forms.orEmpty(name), Forms.orEmpty(slug), Forms.orEmpty(bio), ""), Forms.errors(e));
        }
    }

    @Get(value = "/{slug}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> author(String slug, Authentication authentication, HttpRequest<?> request) {
        Author author = authors.get(slug);
        return form(request, view.user(authentication), HttpStatus.OK, author,
                new AuthorForm(author.name(), author.slug(), Forms.orEmpty(author.bio()),
                        author.photo() == null ? "" : Long.toString(author.photo())), FormErrors.NONE);
    }

    @Post(value = "/{slug}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> update(String slug, @Nullable String csrf, @Nullable String name, @Nullable String bio,
                                @Nullable String photo, Actor actor, Authentication authentication,
                                HttpRequest<?> request) {
        view.requireToken(request, csrf);
        AuthorForm typed = new AuthorForm(Forms.orEmpty(name), slug, Forms.orEmpty(bio), Forms.orEmpty(photo).strip());
        try {
            // a form without the field (an older page) keeps the photo
            Long picture = photo == null ? authors.get(slug).photo() : pictureNumber(typed.photo());
            Author updated = authors.update(actor, slug, new AuthorDraft(name, null, bio, picture));
            return view.seeOther(request, "/desk/admin/authors", "Byline " + updated.name() + " saved.");
        } catch (InvalidInputException e) {
            return form(request, view.user(authentication), HttpStatus.BAD_REQUEST, authors.get(slug), typed,
                    FormErrors.of(e));
        }
    }

    /** The picture number typed, or null for none. */
    private static @Nullable Long pictureNumber(String typed) {
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(typed);
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException("photo", "give a picture's number from the media library, such as 12");
        }
    }

    /** The list with the form for a new byline, holding what was typed. */
    private HttpResponse<String> list(HttpRequest<?> request, User user, HttpStatus status, AuthorForm form,
                                      FormErrors errors) {
        Map<Long, User> users = accounts.list().stream().map(profile -> profile.user())
                .collect(Collectors.toMap(User::id, Function.identity()));
        return view.page(request, user, status, frame -> view.render("desk/admin/authors.jte",
                new AuthorsPage(frame, authors.list().stream().map(author -> row(author, users.get(author.userId())))
                        .toList(), form, errors)));
    }

    private HttpResponse<String> form(HttpRequest<?> request, User user, HttpStatus status, Author author,
                                      AuthorForm form, FormErrors errors) {
        User owner = author.userId() == null ? null : accounts.get(author.userId()).user();
        MediaItem photo = author.photo() == null ? null : library.pictures(List.of(author.photo())).get(author.photo());
        PictureViews.Shown square = photo == null ? null : PictureViews.square(photo).orElse(null);
        return view.page(request, user, status, frame -> view.render("desk/admin/author.jte",
                new AuthorPage(frame, row(author, owner), form, errors, square)));
    }

    private static AuthorRow row(Author author, @Nullable User owner) {
        return new AuthorRow(author.slug(), author.name(), owner == null ? "" : owner.username(),
                owner == null ? 0 : owner.id());
    }
}
