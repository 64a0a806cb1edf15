package news.cms.core.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An uploaded file as the newsroom sees it: what it is (by its bytes, when a media processor
 * checked), its text and metadata, and the warnings to read before publishing it. A picture also has
 * its size as displayed, how the newsroom describes it (alt text, caption, credit), where its subject
 * is (the focal point crops are cut around) and its public files.
 *
 * @param publicUrl  where readers get the public copy, or null when there is none (nothing checked
 *                   the file, or its metadata could expose a source and could not be removed); for a
 *                   picture its largest whole JPEG or PNG rendition
 * @param width      as displayed (EXIF orientation applied); null when the file is no picture
 * @param renditions the picture's public files, drawn from its pixels; empty for other files
 */
@Serdeable
public record MediaItem(long id, String filename, String mimeType, long size, Map<String, String> metadata,
                        @Nullable String text, List<String> warnings, @Nullable String publicUrl,
                        Instant uploadedAt, @Nullable Integer width, @Nullable Integer height, @Nullable String alt,
                        @Nullable String caption, @Nullable String credit, FocalPoint focalPoint,
                        List<Rendition> renditions) {

    /** Whether the file is a picture the server read (it has a size and renditions). */
    public boolean isPicture() {
        return width != null;
    }

    /** Where a picture's subject is, as fractions of its displayed width and height. */
    @Serdeable
    public record FocalPoint(double x, double y) {
    }

    /** A public file of a picture; {@code crop} is null for the whole picture, else "16:9", "4:3" or "1:1". */
    @Serdeable
    public record Rendition(int width, int height, String type, @Nullable String crop, String url) {
    }
}
