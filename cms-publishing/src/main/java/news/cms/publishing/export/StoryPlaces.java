package news.cms.publishing.export;

import jakarta.inject.Singleton;
import news.cms.core.story.Byline;
import news.cms.core.story.Story;
import news.cms.core.tag.TagDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a live story appears on the public site: its article's URL and the listings it is on (home,
 * its section's front, each byline's author page, each tag's page), as the URLs of their first pages.
 */
@Singleton
class StoryPlaces {

    /** The kinds of listing, told apart by their URL. */
    enum Kind { HOME, SECTION, AUTHOR, TAG }

    /** A listing a story is on. */
    record Place(Kind kind, String slug, String path) {
    }

    /** Tag slugs by tag name: making one is the dearest part of a story's places, and tags repeat. */
    private final Map<String, String> tagSlugs = new ConcurrentHashMap<>();

    /** Its stored address: where the server answers with its page. */
    String article(Story story) {
        return story.address();
    }

    List<Place> listings(Story story) {
        List<Place> places = new ArrayList<>();
        places.add(new Place(Kind.HOME, "", "/"));
        places.add(new Place(Kind.SECTION, story.section(), "/" + story.section()));
        for (Byline byline : story.bylines()) {
            places.add(new Place(Kind.AUTHOR, byline.slug(), "/author/" + byline.slug()));
        }
        for (String tag : story.tags()) {
            String slug = tagSlugs.computeIfAbsent(tag, name -> TagDirectory.slugOf(name).value());
            places.add(new Place(Kind.TAG, slug, "/tag/" + slug));
        }
        return places;
    }

    List<String> listingPaths(Story story) {
        return listings(story).stream().map(Place::path).toList();
    }
}
