package news.cms.core.story;

/**
 * A story's content was saved (an edit, a correction or a restored revision), published inside the
 * saving transaction. Both versions are given, so a listener can tell where the story was before: a
 * correction may move a live story to another section or change its bylines, and the public pages
 * it left must change as well as those it joined.
 */
public record StoryEdited(Story before, Story after) {
}
