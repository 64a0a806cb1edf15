package news.cms.testplugins.throwing;

import news.cms.plugin.api.story.Enrichment;
import news.cms.plugin.api.story.StoryEnricher;
import news.cms.plugin.api.story.StoryView;

/** Fails on every publication, as a plugin with a bug would. */
public class ThrowingEnricher implements StoryEnricher {

    @Override
    public Enrichment enrich(StoryView story) {
        throw new IllegalStateException("the throwing plugin fails on purpose (story " + story.id() + ")");
    }
}
