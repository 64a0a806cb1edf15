package news.cms.pictures.inspect;

import news.cms.pictures.PictureFormat;
import news.cms.pictures.PictureRefusedException;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static news.cms.pictures.PictureRefusedException.Reason.TOO_MANY_PIXELS;

/** What a format's reader has found so far; {@link #header()} makes the record once it is complete. */
final class Parts {

    final PictureFormat format;
    private final long maxPixels;
    int width;
    int height;
    long pixels;
    int frames = 1;
    boolean transparency;
    byte[] exif;
    final List<String> xmp = new ArrayList<>();
    byte[] iptc;
    final List<Header.Text> texts = new ArrayList<>();
    byte[] icc;
    final ByteArrayOutputStream iccChunks = new ByteArrayOutputStream();

    Parts(PictureFormat format, long maxPixels) {
        this.format = format;
        this.maxPixels = maxPixels;
    }

    /**
     * Records a size the header declares and refuses it at once when it is too large, before the
     * rest of the file is even looked at: this is what stops a decompression bomb.
     */
    void declare(long w, long h, String what) {
        if (w <= 0 || h <= 0) {
            throw Bytes.damaged("its " + what + " declares a size of " + w + " x " + h + " pixels");
        }
        long count = w * h;
        if (count > maxPixels) {
            throw new PictureRefusedException(TOO_MANY_PIXELS, String.format(
                    "The picture is %,d x %,d pixels (%,d pixels); at most %,d are accepted"
                            + " (cms.media.max-pixels). Make it smaller and upload it again.",
                    w, h, count, maxPixels));
        }
        pixels = Math.max(pixels, count);
    }

    Header header() {
        byte[] profile = icc != null ? icc : iccChunks.size() > 0 ? iccChunks.toByteArray() : null;
        Orientation orientation = exif == null ? Orientation.NORMAL : Exif.orientation(exif);
        return new Header(format, width, height, pixels, frames, transparency, orientation, exif,
                List.copyOf(xmp), iptc, List.copyOf(texts), profile);
    }
}
