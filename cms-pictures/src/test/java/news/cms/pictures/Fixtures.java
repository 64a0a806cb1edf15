package news.cms.pictures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/** The picture fixtures of shared/checks, copied into the test resources, and an engine with default settings. */
final class Fixtures {

    static final String PHOTO = "photo-4000x2667.jpg";
    static final String ROTATED = "rotated-exif6.jpg";
    static final String CMYK = "cmyk.jpg";
    static final String TRANSPARENT = "transparent.png";
    static final String ANIMATED = "animated.gif";
    static final String SMALL = "small-200x150.jpg";
    static final String PNG_BOMB = "bomb-60000x60000.png";
    static final String JPEG_BOMB = "bomb-65000x65000.jpg";
    /** What the photo's EXIF says, which must never reach a public file. */
    static final String SERIAL = "CAM12345678";
    static final String ARTIST = "Jane Source";

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/pictures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Pictures engine() {
        return new Pictures(new PicturesSettings());
    }

    static Pictures engine(int decoders, Duration wait) {
        PicturesSettings settings = new PicturesSettings();
        settings.setDecoders(decoders);
        settings.setDecodeWait(wait);
        return new Pictures(settings);
    }
}
