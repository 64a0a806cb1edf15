package news.cms.plugins.media;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.error.NotFoundException;
import news.cms.core.media.MediaLibrary;
import news.cms.core.media.PublicMedia;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;

/**
 * {@code /media/{id}/{filename}}: the public copy of an upload, for readers. Served with its
 * detected type and {@code nosniff}, in a sandbox that runs no script; only images and PDF are
 * shown inline, anything else (an HTML file, say) is a download.
 */
@Controller("/media")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Media")
public class PublicMediaController {

    private static final Set<String> INLINE = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "application/pdf");

    private final MediaLibrary library;

    PublicMediaController(MediaLibrary library) {
        this.library = library;
    }

    /** Produces HTML too, so that a browser's Accept header does not send it to the site's page routes. */
    @Get(uri = "/{id}/{filename}", produces = {MediaType.ALL, MediaType.TEXT_HTML})
    @Operation(summary = "The public copy of an upload", description = "404 when it has none.")
    HttpResponse<byte[]> publicCopy(long id, String filename) {
        PublicMedia media = library.publicCopy(id, filename)
                .orElseThrow(() -> new NotFoundException("No public file " + id + "/" + filename));
        String disposition = INLINE.contains(media.mimeType()) ? "inline" : "attachment";
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(media.file());
        } catch (IOException e) {
            throw new UncheckedIOException("The public copy of media " + id + " cannot be read", e);
        }
        return HttpResponse.ok(bytes)
                .contentType(media.mimeType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
                .header("Content-Disposition", disposition);
    }
}
