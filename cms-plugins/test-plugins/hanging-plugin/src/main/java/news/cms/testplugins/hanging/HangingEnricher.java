package news.cms.testplugins.hanging;

import news.cms.plugin.api.story.Enrichment;
import news.cms.plugin.api.story.StoryEnricher;
import news.cms.plugin.api.story.StoryView;

/** Never answers in time, while an editor waits for the publication. */
public class HangingEnricher implements StoryEnricher {

    @Override
    public Enrichment enrich(StoryView story) {
        Hang.forAMinute();
        return Enrichment.of("hung", "no");
    }
}
