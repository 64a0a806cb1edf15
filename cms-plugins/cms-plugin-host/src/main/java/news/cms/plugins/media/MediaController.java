package news.cms.plugins.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;
import news.cms.core.media.MediaChanges;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** {@code /api/media}: the newsroom uploads files and reads what the media processors found in them. */
@Controller("/api/media")
@Secured({"REPORTER", "EDITOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Media")
@SecurityRequirement(name = "bearer")
public class MediaController {

    private final MediaUploads uploads;
    private final PictureEdits edits;
    private final MediaLibrary library;

    MediaController(MediaUploads uploads, PictureEdits edits, MediaLibrary library) {
        this.uploads = uploads;
        this.edits = edits;
        this.library = library;
    }

    @Get
    @Operation(summary = "The media library", description = "Newest first, 20 a page; q finds uploads whose file "
            + "name, caption or alt text holds it.")
    ResultPage<MediaItem> list(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                               @Nullable @QueryValue Integer size) {
        return library.search(q, PageRequest.of(page, size, 20));
    }

    @Patch("/{id}")
    @Operation(summary = "Describe a picture", description = "Sets each of alt, caption, credit and focalPoint "
            + "{x, y} (fractions 0-1) that is given; an empty text clears it. A new focal point cuts new crops, "
            + "at new addresses; the whole-picture files keep theirs.")
    MediaItem edit(@Parameter(hidden = true) Actor actor, long id, @Body MediaChanges changes) {
        return edits.edit(actor, id, changes);
    }

    @Delete("/{id}")
    @Secured({"EDITOR", "ADMIN"})
    @Operation(summary = "Delete an upload", description = "Editors. 204, its files gone from the public site; "
            + "409 naming the stories and authors that show it, and it is kept.")
    HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, long id) {
        library.delete(actor, id);
        return HttpResponse.noContent();
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file", description = "Multipart field 'file'. The enabled media processors detect "
            + "its real type, extract text and metadata and warn about what could expose a source; the public copy "
            + "(publicUrl) has that metadata removed, and a file nobody checked or could clean is not published. "
            + "400 when the file is empty, too large, malformed or refused (e.g. a program named photo.jpg).")
    HttpResponse<MediaItem> upload(@Parameter(hidden = true) Actor actor, CompletedFileUpload file) {
        String declaredType = file.getContentType().map(MediaType::toString).orElse(null);
        MediaItem stored;
        try (InputStream in = file.getInputStream()) {
            stored = uploads.upload(actor, file.getFilename(), declaredType, file.getSize(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
        return HttpResponse.created(stored, URI.create("/api/media/" + stored.id()));
    }

    @Get("/{id}")
    @Operation(summary = "An uploaded file", description = "What was found in it; the original stays private.")
    MediaItem get(long id) {
        return library.get(id);
    }
}
