package news.cms.search;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code cms.search.*}: how often the indexer reads the change feed, and how long it waits for a
 * change whose id it skipped to commit (an id is taken when a row is written, not when it commits).
 */
@ConfigurationProperties("cms.search")
public class SearchSettings {

    private boolean indexer = true;
    private Duration poll = Duration.ofMillis(100);
    private Duration gapWait = Duration.ofSeconds(30);

    /** Whether this context keeps the index in step: off in the command line's, where {@code reindex} builds it. */
    public boolean isIndexer() {
        return indexer;
    }

    public void setIndexer(boolean indexer) {
        this.indexer = indexer;
    }

    public Duration getPoll() {
        return poll;
    }

    public void setPoll(Duration poll) {
        this.poll = poll;
    }

    public Duration getGapWait() {
        return gapWait;
    }

    public void setGapWait(Duration gapWait) {
        this.gapWait = gapWait;
    }
}
