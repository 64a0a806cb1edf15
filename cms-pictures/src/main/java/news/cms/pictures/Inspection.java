package news.cms.pictures;

import java.util.List;

/**
 * What an upload is, read from its bytes without decoding its pixels.
 *
 * @param format       the format its bytes are in
 * @param width        the width as displayed, after its EXIF orientation
 * @param height       the height as displayed
 * @param pixels       the pixel count its header declares (the largest frame's, for a GIF), checked
 *                     against {@code cms.media.max-pixels} before anything is decoded
 * @param transparency whether it declares transparent pixels (an alpha channel, or transparent
 *                     palette entries)
 * @param animated     whether it has more than one frame (GIF; an animated WebP or APNG is read as
 *                     its first frame only)
 * @param warnings     the source-revealing metadata it carries; empty when none
 */
public record Inspection(PictureFormat format, int width, int height, long pixels,
                         boolean transparency, boolean animated, List<SourceWarning> warnings) {

    public Inspection {
        warnings = List.copyOf(warnings);
    }
}
