package news.cms.pictures;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * The picture engine's limits ({@code cms.media.*}, so {@code CMS_MEDIA_MAX_PIXELS} and so on). The
 * media upload's own limits (size, processing time) live beside them in the plugin host's settings.
 */
@ConfigurationProperties("cms.media")
public class PicturesSettings {

    /**
     * The most pixels a picture's header may declare. 50 million is a 60-megapixel camera with room
     * to spare, and decodes in about 200 MB; beyond it the file is refused before any decoding.
     */
    private long maxPixels = 50_000_000L;
    /** How many pictures are decoded and drawn at once; each holds its pixels in memory meanwhile. */
    private int decoders = 2;
    /** How long a picture waits for a free decoder before the caller is told to try again. */
    private Duration decodeWait = Duration.ofSeconds(30);
    /** How many pictures may wait for a decoder at once; one more is told to try again at once. */
    private int decodeQueue = 32;

    public long getMaxPixels() {
        return maxPixels;
    }

    public void setMaxPixels(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public int getDecoders() {
        return decoders;
    }

    public void setDecoders(int decoders) {
        this.decoders = decoders;
    }

    public Duration getDecodeWait() {
        return decodeWait;
    }

    public void setDecodeWait(Duration decodeWait) {
        this.decodeWait = decodeWait;
    }

    public int getDecodeQueue() {
        return decodeQueue;
    }

    public void setDecodeQueue(int decodeQueue) {
        this.decodeQueue = decodeQueue;
    }
}
