package news.cms.plugin.api.story;

/**
 * Extension point: adds data to a story as it is published (published, corrected, or a schedule
 * firing), e.g. its detected language or its reading time. What it returns is stored in the same
 * transaction as the publication, so readers see both together. It runs while the editor waits,
 * under a short time limit: an enricher that throws or is too slow is skipped, and the story is
 * published without its data. Needs {@code write:story-metadata}.
 */
public interface StoryEnricher {

    Enrichment enrich(StoryView story);
}
