package news.cms.core.media;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * Files of an upload that no row names any more, published inside the change that released them and
 * removed once it commits ({@link MediaFileCleanup}): a rolled-back change keeps them.
 *
 * @param keep the renditions still named, or null when the whole upload is gone
 */
record MediaFilesReleased(long mediaId, @Nullable Set<String> keep) {
}
