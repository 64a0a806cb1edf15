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
import java.nio.file.NoSuchFileException;

/**
 * {@code /pictures/{id}/{file}}: a picture's renditions, for readers. A file's name carries a digest
 * of its bytes, so an address never serves other bytes and may be cached for a year, immutable.
 */
@Controller("/pictures")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Media")
public class PublicPictureController {

    private static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    private final MediaLibrary library;

    PublicPictureController(MediaLibrary library) {
        this.library = library;
    }

    /** Produces HTML too, so that a browser's Accept header does not send it to the site's page routes. */
    @Get(uri = "/{id}/{file}", produces = {MediaType.ALL, MediaType.TEXT_HTML})
    @Operation(summary = "A rendition of a picture", description = "404 when the picture has no such file.")
    HttpResponse<byte[]> rendition(long id, String file) {
        PublicMedia rendition = library.rendition(id, file)
                .orElseThrow(() -> new NotFoundException("No picture file " + id + "/" + file));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(rendition.file());
        } catch (NoSuchFileException gone) { // deleted a moment ago
            throw new NotFoundException("No picture file " + id + "/" + file);
        } catch (IOException e) {
            throw new UncheckedIOException("The rendition " + id + "/" + file + " cannot be read", e);
        }
        return HttpResponse.ok(bytes)
                .contentType(rendition.mimeType())
                .header("Cache-Control", FOR_A_YEAR)
                .header("X-Content-Type-Options", "nosniff");
    }
}
