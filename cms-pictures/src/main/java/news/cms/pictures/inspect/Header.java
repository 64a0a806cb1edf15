package news.cms.pictures.inspect;

import news.cms.pictures.PictureFormat;

import java.util.List;

/**
 * What the bytes of a picture declare about it, read without decoding a pixel: the format, the
 * stored size, the frames, and the metadata blocks as found (to look for what they reveal, and to
 * know the colour profile and the orientation; none of them is ever copied into a public file).
 *
 * @param storedWidth  width of the stored pixels, before the orientation is applied
 * @param storedHeight height of the stored pixels
 * @param pixels       the largest pixel count the header declares (canvas or frame)
 * @param frames       how many frames (1 for a still)
 * @param transparency whether it declares transparent pixels
 * @param orientation  the EXIF orientation, {@link Orientation#NORMAL} without one
 * @param exif         the EXIF block (a TIFF structure), or null
 * @param xmp          the XMP packets as text
 * @param iptc         the IPTC-IIM records, or null
 * @param texts        PNG text chunks, as "keyword" and "text"
 * @param iccProfile   the embedded colour profile, or null
 */
public record Header(PictureFormat format, int storedWidth, int storedHeight, long pixels, int frames,
                     boolean transparency, Orientation orientation, byte[] exif, List<String> xmp,
                     byte[] iptc, List<Text> texts, byte[] iccProfile) {

    /** A PNG text chunk. */
    public record Text(String keyword, String text) {
    }

    public boolean animated() {
        return frames > 1;
    }

    public int displayedWidth() {
        return orientation.swapsSides() ? storedHeight : storedWidth;
    }

    public int displayedHeight() {
        return orientation.swapsSides() ? storedWidth : storedHeight;
    }
}
