package news.cms.pictures;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import news.cms.pictures.inspect.Header;
import news.cms.pictures.inspect.Headers;
import news.cms.pictures.inspect.SourceMetadata;
import news.cms.pictures.render.DecodeLimit;
import news.cms.pictures.render.EncoderThreads;
import news.cms.pictures.render.Renderer;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The picture engine: what an upload is ({@link #inspect}) and the public files drawn from its
 * pixels ({@link #renditions}). It keeps nothing: the caller stores the original and the files.
 *
 * <p>Both refuse a file that is no picture we read, is damaged, or declares more pixels than
 * {@code cms.media.max-pixels}, with a {@link PictureRefusedException} (400 on the field
 * {@code file}). Renditions decode, which at most {@code cms.media.decoders} pictures do at once;
 * a picture that finds them busy for {@code cms.media.decode-wait} gets a
 * {@link PicturesBusyException} (503).
 */
@Singleton
public class Pictures {

    private final long maxPixels;
    private final DecodeLimit decodes;
    private final ExecutorService encoders;
    private final Renderer renderer;

    public Pictures(PicturesSettings settings) {
        this.maxPixels = settings.getMaxPixels();
        this.decodes = new DecodeLimit(settings.getDecoders(), settings.getDecodeWait(), settings.getDecodeQueue());
        this.encoders = EncoderThreads.start();
        this.renderer = new Renderer(encoders);
    }

    /** Reads the headers only: cheap enough for every upload, and refuses a bomb before any pixel is decoded. */
    public Inspection inspect(byte[] bytes) {
        return inspection(Headers.read(bytes, maxPixels));
    }

    /**
     * Every public file of the picture, cropped around {@code focus}: whole-picture widths and the
     * 16:9, 4:3 and 1:1 crops, each as JPEG (PNG when the picture has transparent pixels) and WebP,
     * and for an animated GIF a cleaned copy of the animation; never wider than the picture.
     */
    public List<Rendition> renditions(byte[] original, FocalPoint focus) {
        Header header = Headers.read(original, maxPixels);
        return decodes.run(() -> renderer.render(original, header, focus));
    }

    private static Inspection inspection(Header header) {
        return new Inspection(header.format(), header.displayedWidth(), header.displayedHeight(), header.pixels(),
                header.transparency(), header.animated(), SourceMetadata.warnings(header));
    }

    @PreDestroy
    void close() {
        encoders.shutdownNow();
    }
}
