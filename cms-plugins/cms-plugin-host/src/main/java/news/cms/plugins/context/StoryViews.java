package news.cms.plugins.context;

import news.cms.core.story.Story;
import news.cms.plugin.api.story.BylineView;
import news.cms.plugin.api.story.StoryStatus;
import news.cms.plugin.api.story.StoryView;

/** Copies a story into the plugin API's read-only view: plugins never hold the server's own objects. */
public final class StoryViews {

    private StoryViews() {
    }

    public static StoryView of(Story story) {
        return new StoryView(story.id(), story.slug(), story.headline(), story.dek(), story.body(), story.section(),
                story.bylines().stream().map(b -> new BylineView(b.slug(), b.name(), b.credit())).toList(),
                story.tags(), story.language(), status(story.status()), story.createdAt(), story.updatedAt(),
                story.publishedAt());
    }

    public static StoryStatus status(news.cms.core.story.StoryStatus status) {
        return StoryStatus.valueOf(status.name());
    }
}
