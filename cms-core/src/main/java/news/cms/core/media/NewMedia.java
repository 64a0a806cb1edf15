package news.cms.core.media;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * An upload about to be stored, with what the media processors found.
 *
 * @param original   the bytes as uploaded, kept private
 * @param publicCopy the bytes readers may get, or null when they get nothing (a picture's readers get
 *                   its renditions instead)
 * @param picture    what the picture is, or null when the upload is no picture
 * @param renditions the picture's public files; empty for other uploads
 */
public record NewMedia(String filename, String mimeType, @Nullable String declaredType, byte[] original,
                       Map<String, String> metadata, @Nullable String text, List<String> warnings,
                       @Nullable byte[] publicCopy, @Nullable PictureEngine.Facts picture,
                       List<PictureEngine.File> renditions) {

    public NewMedia {
        renditions = List.copyOf(renditions);
    }
}
