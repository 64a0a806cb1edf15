package news.cms.core.author;

/** An author's name or bio changed: every byline of theirs on the public site shows it. */
public record AuthorChanged(String slug) {
}
