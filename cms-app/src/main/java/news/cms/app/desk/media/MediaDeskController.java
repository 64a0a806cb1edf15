package news.cms.app.desk.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.media.MediaPages.Field;
import news.cms.app.desk.media.MediaPages.Item;
import news.cms.app.desk.media.MediaPages.ItemPage;
import news.cms.app.desk.media.MediaPages.LibraryPage;
import news.cms.app.desk.media.MediaPages.PictureForm;
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.error.ConflictException;
import news.cms.core.error.FieldError;
import news.cms.core.error.InvalidInputException;
import news.cms.core.media.MediaChanges;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;
import news.cms.core.settings.CmsSettings;
import news.cms.plugins.media.MediaSettings;
import news.cms.plugins.media.MediaUploads;
import news.cms.plugins.media.PictureEdits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The media library, for everyone signed in: upload a file and see what the media processors found
 * in it (its real type, metadata, text) and, first of all, their warnings; the uploads, newest first,
 * with thumbnails, found by name, caption or alt text; a picture's description and focal point; and
 * for editors, deleting what nothing shows. {@link MediaUploads}, {@link PictureEdits} and
 * {@link MediaLibrary} do the work, as for {@code /api/media}.
 */
@Controller("/desk/media")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class MediaDeskController {

    static final int PAGE_SIZE = 20;
    private static final int EXCERPT = 1500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final MediaUploads uploads;
    private final MediaLibrary library;
    private final PictureEdits edits;
    private final MediaSettings limits;
    private final CmsSettings settings;
    private final DeskView view;

    MediaDeskController(MediaUploads uploads, MediaLibrary library, PictureEdits edits, MediaSettings limits,
                        CmsSettings settings, DeskView view) {
        this.uploads = uploads;
        this.library = library;
        this.edits = edits;
        this.limits = limits;
        this.settings = settings;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> library(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                                 Authentication authentication, HttpRequest<?> request) {
        return libraryPage(request, view.user(authentication), HttpStatus.OK, q, page, "", FormErrors.NONE);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<String> upload(@Part("csrf") @Nullable String csrf, @Part("file") @Nullable CompletedFileUpload file,
                                Actor actor, Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return libraryPage(request, view.user(authentication), HttpStatus.BAD_REQUEST, null, null, "",
                    FormErrors.of("file", "choose a file to upload"));
        }
        MediaItem stored;
        try (InputStream in = file.getInputStream()) {
            stored = uploads.upload(actor, file.getFilename(), file.getContentType().map(MediaType::toString).orElse(null),
                    file.getSize(), in);
        } catch (InvalidInputException refused) {
            return libraryPage(request, view.user(authentication), HttpStatus.BAD_REQUEST, null, null,
                    file.getFilename(), FormErrors.of(refused));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
        return view.seeOther(request, "/desk/media/" + stored.id(), stored.warnings().isEmpty()
                ? stored.filename() + " is in the library."
                : stored.filename() + " is in the library, with warnings: read them before you use it.");
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> item(long id, Authentication authentication, HttpRequest<?> request) {
        MediaItem media = library.get(id);
        return itemPage(request, view.user(authentication), HttpStatus.OK, media, pictureForm(media), FormErrors.NONE, "");
    }

    /**
     * Saves a picture's description and focal point. Only the fields changed on the form are sent, so
     * two people editing different fields do not overwrite each other; a field someone else changed
     * while this form was open is not overwritten either: the page says so and keeps what was typed.
     */
    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> edit(long id, @Nullable String csrf, @Nullable String alt, @Nullable String caption,
                              @Nullable String credit, @Nullable String altWas, @Nullable String captionWas,
                              @Nullable String creditWas,
                              @Nullable String focal, Actor actor, Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        User user = view.user(authentication);
        MediaItem media = library.get(id);
        if (!media.isPicture()) {
            return view.refused(request, HttpStatus.BAD_REQUEST, "Not a picture",
                    media.filename() + " is not a picture: it has no description or focal point to edit.");
        }
        List<FieldError> overtaken = new ArrayList<>();
        String newAlt = changed("alt", alt, altWas, media.alt(), overtaken);
        String newCaption = changed("caption", caption, captionWas, media.caption(), overtaken);
        String newCredit = changed("credit", credit, creditWas, media.credit(), overtaken);
        PictureForm typed = new PictureForm(text(alt), text(caption), text(credit), text(media.alt()),
                text(media.caption()), text(media.credit()), PictureViews.focalCells(media.focalPoint()),
                PictureViews.preview(media).orElse(null), PictureViews.crops(media));
        if (!overtaken.isEmpty()) {
            return itemPage(request, user, HttpStatus.CONFLICT, media, typed, FormErrors.of(new InvalidInputException(overtaken)), "");
        }
        MediaItem.FocalPoint focus = PictureViews.chosenFocus(focal, media.focalPoint());
        if (newAlt == null && newCaption == null && newCredit == null && focus == null) {
            return view.seeOther(request, "/desk/media/" + id, "Nothing was changed.");
        }
        try {
            edits.edit(actor, id, new MediaChanges(newAlt, newCaption, newCredit, focus));
        } catch (InvalidInputException invalid) {
            return itemPage(request, user, HttpStatus.BAD_REQUEST, media, typed, FormErrors.of(invalid), "");
        }
        return view.seeOther(request, "/desk/media/" + id, focus == null ? "Saved."
                : "Saved. The crops are cut around the new focal point; pages show them from now on.");
    }

    /** Deletes an upload nothing shows (editors); one in use is kept, and the page says where it is used. */
    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"EDITOR", "ADMIN"})
    HttpResponse<String> delete(long id, @Nullable String csrf, Actor actor, Authentication authentication,
                                HttpRequest<?> request) {
        view.requireToken(request, csrf);
        MediaItem media = library.get(id);
        try {
            library.delete(actor, id);
        } catch (ConflictException inUse) {
            return itemPage(request, view.user(authentication), HttpStatus.CONFLICT, media, pictureForm(media),
                    FormErrors.NONE, "It was not deleted: it is in use. Take it out of what shows it first.");
        }
        return view.seeOther(request, "/desk/media", media.filename() + " was deleted, with its files.");
    }

    private HttpResponse<String> itemPage(HttpRequest<?> request, User user, HttpStatus status, MediaItem media,
                                          @Nullable PictureForm picture, FormErrors errors, String problem) {
        String text = media.text() == null ? "" : media.text().strip();
        boolean shortened = text.length() > EXCERPT;
        List<String> uses = library.usesOf(media.id());
        return view.page(request, user, status, frame -> view.render("desk/media/item.jte",
                new ItemPage(frame, item(media), media.metadata().entrySet().stream()
                        .map(e -> new Field(e.getKey(), e.getValue())).toList(),
                        shortened ? text.substring(0, EXCERPT) : text, shortened, picture, errors, uses,
                        user.role().isEditor(), problem)));
    }

    private static @Nullable PictureForm pictureForm(MediaItem media) {
        if (!media.isPicture()) {
            return null;
        }
        String alt = text(media.alt());
        String caption = text(media.caption());
        String credit = text(media.credit());
        return new PictureForm(alt, caption, credit, alt, caption, credit, PictureViews.focalCells(media.focalPoint()),
                PictureViews.preview(media).orElse(null), PictureViews.crops(media));
    }

    /**
     * What to send for one field: null when the form left it as it was, else the typed text; a field
     * whose saved value is no longer what the form was opened with is noted as overtaken.
     */
    private static @Nullable String changed(String field, @Nullable String typed, @Nullable String was,
                                            @Nullable String saved, List<FieldError> overtaken) {
        if (typed == null || typed.strip().equals(text(was).strip())) {
            return null;
        }
        if (!text(saved).equals(text(was).strip())) {
            overtaken.add(new FieldError(field, "someone changed it while you were editing, to “" + text(saved)
                    + "”; what you typed is below: check it and save again"));
            return null;
        }
        return typed;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private HttpResponse<String> libraryPage(HttpRequest<?> request, User user, HttpStatus status, @Nullable String query,
                                             @Nullable Integer page, String refused, FormErrors errors) {
        String q = query == null ? "" : query.strip();
        int number = page == null || page < 1 ? 1 : page;
        ResultPage<MediaItem> found = library.search(q, new PageRequest(number, PAGE_SIZE));
        List<Item> items = found.items().stream().map(this::item).toList();
        String base = "/desk/media" + (q.isEmpty() ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        String separator = q.isEmpty() ? "?" : "&";
        String newer = number == 1 ? "" : number == 2 ? base : base + separator + "page=" + (number - 1);
        String older = number < found.totalPages() ? base + separator + "page=" + (number + 1) : "";
        return view.page(request, user, status, frame -> view.render("desk/media/library.jte",
                new LibraryPage(frame, readable(limits.getMaxSize()), q, found.totalItems(), items, newer, older,
                        refused, errors)));
    }

    private Item item(MediaItem media) {
        return new Item(media.id(), media.filename(), media.mimeType(), readable(media.size()),
                TIME.format(media.uploadedAt().atZone(settings.zone())),
                media.warnings().stream().map(MediaDeskController::sentence).toList(),
                media.publicUrl() == null ? "" : media.publicUrl(),
                media.isPicture() ? PictureViews.thumbnail(media).orElse(null) : null, text(media.alt()));
    }

    /** A processor's warning as a sentence: "carries GPS coordinates…" → "Carries GPS coordinates…". */
    private static String sentence(String warning) {
        return warning.isEmpty() ? warning : Character.toUpperCase(warning.charAt(0)) + warning.substring(1);
    }

    /** 512 bytes, 12.5 kB, 25 MB. */
    static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String size = bytes < 1024 * 1024 ? String.format(Locale.UK, "%.1f kB", bytes / 1024.0)
                : String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
        return size.replace(".0 ", " ");
    }
}
