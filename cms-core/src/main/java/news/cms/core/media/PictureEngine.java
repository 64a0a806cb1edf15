package news.cms.core.media;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * The port through which the media library takes pictures in: what an upload is, read from its
 * headers, and its public files, drawn from its decoded pixels so that none of the upload's metadata
 * reaches a reader. Implemented by the {@code cms-pictures} module.
 */
public interface PictureEngine {

    /**
     * What the bytes are, when they are in a picture format (JPEG, PNG, GIF, WebP, by their bytes alone);
     * empty when they are in none.
     *
     * @throws news.cms.core.error.InvalidInputException on {@code file}: a damaged picture, or one whose
     *                                                   header declares more pixels than the server decodes
     */
    Optional<Facts> inspect(byte[] bytes);

    /**
     * The picture's public files, crops cut around the focal point (fractions of the displayed size).
     *
     * @throws news.cms.core.error.BusyException when every decoder stays busy
     */
    List<File> renditions(byte[] original, double focusX, double focusY);

    /**
     * What a picture is: its media type, its size as displayed (orientation applied), whether it has
     * transparent pixels or several frames, and the metadata in it that could lead back to a source.
     */
    record Facts(String mediaType, int width, int height, boolean transparency, boolean animated,
                 List<String> warnings) {
    }

    /**
     * One public file: its size, media type, crop (null for the whole picture, else "16:9", "4:3" or
     * "1:1"), a file name that carries a digest of the bytes, and the bytes.
     */
    record File(int width, int height, String mediaType, @Nullable String crop, String fileName, byte[] bytes) {
    }
}
