package news.cms.publishing.export;

import jakarta.inject.Singleton;
import news.cms.core.media.MediaLibrary;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what an export renders ({@link ExportPlan}). For an incremental export: the stories changed
 * since the last one (with {@code cms.export.commit-margin} to spare), and those that show a picture
 * whose description or focal point changed since then, are read as they are now, their
 * places then are read from the last export's state, and the union of both is what is redone.
 */
@Singleton
class ExportPlanner {

    private static final int BATCH = 500;

    private final StoryStore stories;
    private final MediaLibrary media;
    private final StoryPlaces places;
    private final ExportSettings settings;

    ExportPlanner(StoryStore stories, MediaLibrary media, StoryPlaces places, ExportSettings settings) {
        this.stories = stories;
        this.media = media;
        this.places = places;
        this.settings = settings;
    }

    /**
     * @param last        the current generation's state file, when there is a current generation
     * @param fingerprint the site's fingerprint now
     */
    ExportPlan plan(boolean incremental, Optional<Path> last, String fingerprint, Instant now) {
        if (!incremental) {
            return ExportPlan.full("full");
        }
        Optional<ExportState> state = last.flatMap(ExportState::read);
        if (state.isEmpty()) {
            return ExportPlan.full("full (no previous export to build on)");
        }
        if (!state.get().fingerprint().equals(fingerprint)) {
            return ExportPlan.full("full (the base URL, site settings, a section or an author changed since the last export)");
        }
        Instant since = state.get().exportedAt().minus(settings.getCommitMargin());
        Set<Long> changed = new HashSet<>(stories.changedSince(since));
        // a picture's new alt text is in its stories' pages, and a new focal point moves its crops' addresses
        changed.addAll(stories.showingPictures(media.editedSince(since)));
        Map<Long, ExportState.Entry> then = ExportState.entries(last.get(), changed);
        Set<Long> articles = new HashSet<>();
        Set<String> listings = new HashSet<>();
        Set<String> articlesNow = new HashSet<>();
        List<Long> ids = List.copyOf(changed);
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (Story story : stories.findAll(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                if (PublishedStories.isLive(story, now)) {
                    articles.add(story.id());
                    articlesNow.add(places.article(story));
                    listings.addAll(places.listingPaths(story));
                }
            }
        }
        Set<String> gone = new HashSet<>();
        for (ExportState.Entry entry : then.values()) {
            listings.addAll(entry.listings());
            if (!articlesNow.contains(entry.article())) {
                gone.add(entry.article());
            }
        }
        return new ExportPlan("incremental", articles, listings, gone);
    }
}
