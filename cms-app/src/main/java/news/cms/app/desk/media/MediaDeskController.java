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
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.error.InvalidInputException;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.settings.CmsSettings;
import news.cms.plugins.media.MediaSettings;
import news.cms.plugins.media.MediaUploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The media library, for everyone signed in: upload a file and see what the media processors found
 * in it (its real type, metadata, text) and, first of all, their warnings; the newest uploads, a page
 * at a time; the public copy readers get. {@link MediaUploads} does the work, as for {@code /api/media}.
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
    private final MediaSettings limits;
    private final CmsSettings settings;
    private final DeskView view;

    MediaDeskController(MediaUploads uploads, MediaLibrary library, MediaSettings limits, CmsSettings settings,
                        DeskView view) {
        this.uploads = uploads;
        this.library = library;
        this.limits = limits;
        this.settings = settings;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> library(@Nullable @QueryValue Long before, Authentication authentication,
                                 HttpRequest<?> request) {
        return libraryPage(request, view.user(authentication), HttpStatus.OK, before, "", FormErrors.NONE);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<String> upload(@Part("csrf") @Nullable String csrf, @Part("file") @Nullable CompletedFileUpload file,
                                Actor actor, Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return libraryPage(request, view.user(authentication), HttpStatus.BAD_REQUEST, null, "",
                    FormErrors.of("file", "choose a file to upload"));
        }
        MediaItem stored;
        try (InputStream in = file.getInputStream()) {
            stored = uploads.upload(actor, file.getFilename(), file.getContentType().map(MediaType::toString).orElse(null),
                    file.getSize(), in);
        } catch (InvalidInputException refused) {
            return libraryPage(request, view.user(authentication), HttpStatus.BAD_REQUEST, null, file.getFilename(),
                    FormErrors.of(refused));
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
        String text = media.text() == null ? "" : media.text().strip();
        boolean shortened = text.length() > EXCERPT;
        return view.page(request, view.user(authentication), HttpStatus.OK, frame -> view.render("desk/media/item.jte",
                new ItemPage(frame, item(media), media.metadata().entrySet().stream()
                        .map(e -> new Field(e.getKey(), e.getValue())).toList(),
                        shortened ? text.substring(0, EXCERPT) : text, shortened)));
    }

    private HttpResponse<String> libraryPage(HttpRequest<?> request, User user, HttpStatus status, @Nullable Long before,
                                             String refused, FormErrors errors) {
        List<MediaItem> found = library.newest(before, PAGE_SIZE + 1);
        List<Item> items = found.stream().limit(PAGE_SIZE).map(this::item).toList();
        String older = found.size() > PAGE_SIZE ? "/desk/media?before=" + items.get(PAGE_SIZE - 1).id() : "";
        return view.page(request, user, status, frame -> view.render("desk/media/library.jte",
                new LibraryPage(frame, readable(limits.getMaxSize()), items, before == null ? "" : "/desk/media", older,
                        refused, errors)));
    }

    private Item item(MediaItem media) {
        return new Item(media.id(), media.filename(), media.mimeType(), readable(media.size()),
                TIME.format(media.uploadedAt().atZone(settings.zone())),
                media.warnings().stream().map(MediaDeskController::sentence).toList(),
                media.publicUrl() == null ? "" : media.publicUrl());
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
