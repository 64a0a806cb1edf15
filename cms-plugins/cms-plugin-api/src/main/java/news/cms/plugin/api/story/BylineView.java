package news.cms.plugin.api.story;

/**
 * One credit on a story, in the order shown.
 *
 * @param credit what the author did when it is not plain authorship, e.g. "Translated by"; else null
 */
public record BylineView(String slug, String name, String credit) {
}
