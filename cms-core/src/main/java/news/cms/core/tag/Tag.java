package news.cms.core.tag;

/** A topic stories are filed under; its page lives at {@code /tag/{slug}}. */
public record Tag(long id, String slug, String name) {
}
