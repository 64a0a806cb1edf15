package news.cms.plugins.runtime;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/** The limits every plugin lives within ({@code cms.plugins.*}); see docs/plugins.md. */
@ConfigurationProperties("cms.plugins")
public class PluginSettings {

    /** How long one call into a plugin may take (a listener's event, a media file, a translation). */
    private Duration timeout = Duration.ofSeconds(2);
    /** How long an enricher may take: it runs while an editor waits for the publication. */
    private Duration enrichTimeout = Duration.ofMillis(500);
    /** Failed calls in a row (thrown or timed out) after which a plugin is disabled as FAILED. */
    private int maxFailures = 3;
    /** Calls of one plugin running at once; more are refused (and count as failures). */
    private int maxConcurrentCalls = 8;
    /** The largest plugin JAR accepted. */
    private long maxJarSize = 100L * 1024 * 1024;

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration getEnrichTimeout() {
        return enrichTimeout;
    }

    public void setEnrichTimeout(Duration enrichTimeout) {
        this.enrichTimeout = enrichTimeout;
    }

    public int getMaxFailures() {
        return maxFailures;
    }

    public void setMaxFailures(int maxFailures) {
        this.maxFailures = Math.max(1, maxFailures);
    }

    public int getMaxConcurrentCalls() {
        return maxConcurrentCalls;
    }

    public void setMaxConcurrentCalls(int maxConcurrentCalls) {
        this.maxConcurrentCalls = Math.max(1, maxConcurrentCalls);
    }

    public long getMaxJarSize() {
        return maxJarSize;
    }

    public void setMaxJarSize(@ReadableBytes long maxJarSize) {
        this.maxJarSize = maxJarSize;
    }
}
