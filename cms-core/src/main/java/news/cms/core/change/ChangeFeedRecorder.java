package news.cms.core.change;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import news.cms.core.author.AuthorChanged;
import news.cms.core.media.MediaChanged;
import news.cms.core.section.SectionChanged;

/**
 * Puts section, author and picture changes in the change feed. Their events are published inside
 * the changing transaction and heard synchronously, so each row commits with its change. (Stories
 * are recorded by {@code StoryStore} itself, in every write: no way of changing a story can miss it.)
 */
@Singleton
class ChangeFeedRecorder {

    private final ChangeFeed feed;

    ChangeFeedRecorder(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void onSection(SectionChanged change) {
        feed.record(Change.Kind.SECTION, change.slug());
    }

    @EventListener
    void onAuthor(AuthorChanged change) {
        feed.record(Change.Kind.AUTHOR, change.slug());
    }

    @EventListener
    void onPicture(MediaChanged change) {
        feed.record(Change.Kind.MEDIA, Long.toString(change.mediaId()));
    }
}
