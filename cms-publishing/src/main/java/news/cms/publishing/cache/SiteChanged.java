package news.cms.publishing.cache;

import java.util.Set;

/**
 * What a committed change altered on the public site: the listings that gained, lost or reordered
 * a story (by their first page's path: {@code /}, {@code /news}, {@code /author/jane-doe},
 * {@code /tag/elections}), the stories whose own pages changed, or everything (a section or author
 * renamed).
 */
public record SiteChanged(Set<String> listings, Set<Long> stories, boolean everything) {

    public static SiteChanged ofEverything() {
        return new SiteChanged(Set.of(), Set.of(), true);
    }
}
