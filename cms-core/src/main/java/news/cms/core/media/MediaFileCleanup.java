package news.cms.core.media;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

/** Removes released media files after the change that released them has committed. */
@Singleton
class MediaFileCleanup {

    private final MediaFiles files;

    MediaFileCleanup(MediaFiles files) {
        this.files = files;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void released(MediaFilesReleased released) {
        if (released.keep() == null) {
            files.delete(released.mediaId());
        } else {
            files.pruneRenditions(released.mediaId(), released.keep());
        }
    }
}
