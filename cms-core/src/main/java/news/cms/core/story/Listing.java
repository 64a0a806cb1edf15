package news.cms.core.story;

/**
 * Which public list of stories: the home page (every section), one section's front, one author's
 * page or one tag's page. The id is the section's, author's or tag's; none for the home page.
 */
public record Listing(Kind kind, long id) {

    public enum Kind { HOME, SECTION, AUTHOR, TAG }

    public static Listing home() {
        return new Listing(Kind.HOME, 0);
    }

    public static Listing section(long sectionId) {
        return new Listing(Kind.SECTION, sectionId);
    }

    public static Listing author(long authorId) {
        return new Listing(Kind.AUTHOR, authorId);
    }

    public static Listing tag(long tagId) {
        return new Listing(Kind.TAG, tagId);
    }
}
