package news.cms.publishing.cache;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import news.cms.core.author.AuthorChanged;
import news.cms.core.media.MediaChanged;
import news.cms.core.section.SectionChanged;
import news.cms.core.story.Story;
import news.cms.core.story.StoryEdited;
import news.cms.core.story.StoryStatus;
import news.cms.core.story.StoryStore;
import news.cms.core.story.StoryTransitioned;
import news.cms.core.tag.TagDirectory;
import news.cms.publishing.picture.PagePictures;

import java.util.HashSet;
import java.util.Set;

/**
 * Turns the newsroom's committed changes into {@link SiteChanged}: which listings and stories of the
 * public site they alter. Only after the commit, so that no reader re-reads the state from before.
 * A change that never touched a live story (a draft saved, a story submitted) alters nothing.
 */
@Singleton
class SiteChanges {

    private final StoryStore stories;
    private final PagePictures pictures;
    private final ApplicationEventPublisher<SiteChanged> site;

    SiteChanges(StoryStore stories, PagePictures pictures, ApplicationEventPublisher<SiteChanged> site) {
        this.stories = stories;
        this.pictures = pictures;
        this.site = site;
    }

    /** Publish, unpublish, a correction, a schedule firing: the story joined or left its listings. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onTransition(StoryTransitioned event) {
        if (event.from() == StoryStatus.PUBLISHED || event.to() == StoryStatus.PUBLISHED) {
            stories.find(event.storyId()).ifPresent(story -> announce(Set.of(story)));
        }
    }

    /** An edit of a live story may also move it: the listings it left change as well as those it joined. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onEdit(StoryEdited event) {
        if (event.before().status() == StoryStatus.PUBLISHED) {
            announce(Set.of(event.before(), event.after()));
        }
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onSection(SectionChanged event) {
        site.publishEvent(SiteChanged.ofEverything());
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onAuthor(AuthorChanged event) {
        pictures.forgetAuthor(event.slug()); // first: a page redrawn after the drop must see the new photo
        site.publishEvent(SiteChanged.ofEverything());
    }

    /**
     * A picture's alt, focal point or files changed, or it was deleted: every page that may show it
     * changes. Which pages those are is not kept, and such edits are rare, so the whole site is redrawn.
     */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onPicture(MediaChanged event) {
        pictures.forgetPicture(event.mediaId());
        site.publishEvent(SiteChanged.ofEverything());
    }

    private void announce(Set<Story> versions) {
        Set<String> listings = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (Story story : versions) {
            ids.add(story.id());
            listings.addAll(listingsOf(story));
        }
        site.publishEvent(new SiteChanged(listings, ids, false));
    }

    /** The first-page paths of every listing the story is on: home, its section, bylines and tags. */
    static Set<String> listingsOf(Story story) {
        Set<String> paths = new HashSet<>();
        paths.add("/");
        paths.add("/" + story.section());
        story.bylines().forEach(byline -> paths.add("/author/" + byline.slug()));
        story.tags().forEach(tag -> paths.add("/tag/" + TagDirectory.slugOf(tag).value()));
        return paths;
    }
}
