package news.cms.core.story;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, before the site answers anyone, gives every story published before addresses were kept
 * the address it had then (by its publish time in the configured zone, as every page computed it),
 * so its links keep working. After the first start of this version there is nothing left to do: one
 * indexed look. Several servers starting at once share the work; each story keeps the address the
 * first of them wrote ({@code WHERE address IS NULL}).
 */
@Singleton
class AddressBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(AddressBackfill.class);
    private static final int BATCH = 500;

    private final StoryStore stories;

    AddressBackfill(StoryStore stories) {
        this.stories = stories;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int fixed = 0;
        int batch;
        do {
            batch = stories.fixMissingAddresses(BATCH);
            fixed += batch;
        } while (batch == BATCH);
        if (fixed > 0) {
            LOG.info("Kept the address of {} stories published before addresses were stored", fixed);
        }
    }
}
