package news.cms.plugins.media;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/** The limits of media uploads ({@code cms.media.*}); see docs/plugins.md. */
@ConfigurationProperties("cms.media")
public class MediaSettings {

    /** The largest file accepted; the whole file is held in memory while the processors look at it. */
    private long maxSize = 25L * 1024 * 1024;
    /** How long the media processors may take over one file while the uploader waits. */
    private Duration processTimeout = Duration.ofSeconds(30);

    public long getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(@ReadableBytes long maxSize) {
        this.maxSize = maxSize;
    }

    public Duration getProcessTimeout() {
        return processTimeout;
    }

    public void setProcessTimeout(Duration processTimeout) {
        this.processTimeout = processTimeout;
    }
}
