package news.cms.examples.hello;

import news.cms.plugin.api.story.Enrichment;
import news.cms.plugin.api.story.StoryEnricher;
import news.cms.plugin.api.story.StoryView;

/** Adds the word count and reading time of a story's body as it is published. */
public class HelloEnricher implements StoryEnricher {

    /** A reader's pace, in words a minute. */
    private static final int WORDS_PER_MINUTE = 200;

    @Override
    public Enrichment enrich(StoryView story) {
        String body = story.body() == null ? "" : story.body().strip();
        int words = body.isEmpty() ? 0 : body.split("\\s+").length;
        int minutes = Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        return Enrichment.of("words", String.valueOf(words)).with("reading-minutes", String.valueOf(minutes));
    }
}
