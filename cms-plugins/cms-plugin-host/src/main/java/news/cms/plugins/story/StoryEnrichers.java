package news.cms.plugins.story;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import news.cms.core.metadata.StoryMetadataStore;
import news.cms.core.story.StoryStatus;
import news.cms.core.story.StoryStore;
import news.cms.core.story.StoryTransitioned;
import news.cms.plugin.api.story.Enrichment;
import news.cms.plugin.api.story.StoryEnricher;
import news.cms.plugin.api.story.StoryView;
import news.cms.plugins.context.StoryViews;
import news.cms.plugins.runtime.PluginCalls;
import news.cms.plugins.runtime.PluginSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Runs the enabled {@link StoryEnricher}s as a story is published (by an editor, a correction or
 * the scheduler), just before the publication commits, and stores what they add in the same
 * transaction: readers see the story and its data together. The enrichers run at once, each on
 * its own thread, and the publication waits at most {@link PluginSettings#getEnrichTimeout()} for
 * them; one that fails or is late is skipped. Nothing here may throw: an exception would undo the
 * publication.
 */
@Singleton
class StoryEnrichers {

    private static final Logger LOG = LoggerFactory.getLogger(StoryEnrichers.class);

    private final PluginCalls plugins;
    private final PluginSettings settings;
    private final StoryStore stories;
    private final StoryMetadataStore metadata;

    StoryEnrichers(PluginCalls plugins, PluginSettings settings, StoryStore stories, StoryMetadataStore metadata) {
        this.plugins = plugins;
        this.settings = settings;
        this.stories = stories;
        this.metadata = metadata;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.BEFORE_COMMIT)
    void beforePublication(StoryTransitioned change) {
        if (change.to() != StoryStatus.PUBLISHED || !plugins.anyProvides(StoryEnricher.class)) {
            return;
        }
        try {
            StoryView story = stories.find(change.storyId()).map(StoryViews::of).orElse(null);
            if (story == null) {
                return;
            }
            List<PluginCalls.Answer<Enrichment>> answers = plugins.callEach(StoryEnricher.class, "enrich",
                    settings.getEnrichTimeout(), enricher -> enricher.enrich(story));
            for (PluginCalls.Answer<Enrichment> answer : answers) {
                store(story.id(), answer.pluginId(), answer.value());
            }
        } catch (RuntimeException e) {
            LOG.error("Enriching story {} failed; it is published without its plugins' data", change.storyId(), e);
        }
    }

    private void store(long storyId, String pluginId, Enrichment enrichment) {
        for (Map.Entry<String, String> entry : enrichment.metadata().entrySet()) {
            if (StoryMetadataStore.isValid(entry.getKey(), entry.getValue())) {
                metadata.put(storyId, pluginId, entry.getKey(), entry.getValue());
            } else {
                LOG.warn("Plugin {} returned metadata '{}' that breaks the rules; dropped", pluginId, entry.getKey());
            }
        }
    }
}
