package news.cms.publishing.cache;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;

/**
 * What one public page shows, so that a change drops exactly the pages it alters: a listing page or
 * feed shows one listing (named by its first page's path), an article its story and the story's
 * language versions, a sitemap every story; the stylesheet nothing.
 */
public record DependsOn(Set<String> listings, Set<Long> stories, boolean everyStory) {

    public static DependsOn listing(String path) {
        return new DependsOn(Set.of(path), Set.of(), false);
    }

    public static DependsOn stories(Collection<Long> ids) {
        return new DependsOn(Set.of(), Set.copyOf(ids), false);
    }

    /** What no story or listing changes, such as the stylesheet. */
    public static DependsOn nothing() {
        return new DependsOn(Set.of(), Set.of(), false);
    }

    public static DependsOn allStories() {
        return new DependsOn(Set.of(), Set.of(), true);
    }

    boolean affectedBy(SiteChanged change) {
        return change.everything()
                || everyStory && !change.stories().isEmpty()
                || !Collections.disjoint(listings, change.listings())
                || !Collections.disjoint(stories, change.stories());
    }
}
