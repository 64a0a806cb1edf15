package news.cms.core.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What an edit of a picture changes: each field given is set (an empty text clears it), each left out
 * stays as it was, so two people editing different fields do not overwrite each other.
 */
@Serdeable
public record MediaChanges(@Nullable String alt, @Nullable String caption, @Nullable String credit,
                           @Nullable MediaItem.FocalPoint focalPoint) {
}
