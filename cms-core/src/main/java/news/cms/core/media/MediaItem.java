package news.cms.core.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An uploaded file as the newsroom sees it: what it is (by its bytes, when a media processor
 * checked), its text and metadata, and the warnings to read before publishing it.
 *
 * @param publicUrl where readers get the public copy, or null when there is none (nothing checked
 *                  the file, or its metadata could expose a source and could not be removed)
 */
@Serdeable
public record MediaItem(long id, String filename, String mimeType, long size, Map<String, String> metadata,
                        @Nullable String text, List<String> warnings, @Nullable String publicUrl,
                        Instant uploadedAt) {
}
