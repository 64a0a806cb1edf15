package news.cms.plugins.media;

import jakarta.inject.Singleton;
import news.cms.core.account.Actor;
import news.cms.core.media.MediaChanges;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.media.PictureEngine;

import java.util.List;

/**
 * Edits of a picture's description and focal point. A new focal point means new crops: they are cut
 * from the original before the change is written (a decode takes about a second, too long to hold
 * the row's lock), and since each file's name carries its digest, the whole-picture files keep their
 * addresses while the crops get new ones; pages pick them up on their next request.
 */
@Singleton
public class PictureEdits {

    private final MediaLibrary library;
    private final PictureEngine pictures;

    PictureEdits(MediaLibrary library, PictureEngine pictures) {
        this.library = library;
        this.pictures = pictures;
    }

    public MediaItem edit(Actor editor, long id, MediaChanges changes) {
        List<PictureEngine.File> renditions = null;
        if (changes.focalPoint() != null && library.get(id).isPicture()) {
            MediaItem.FocalPoint focus = changes.focalPoint();
            if (focus.x() >= 0 && focus.x() <= 1 && focus.y() >= 0 && focus.y() <= 1) {
                renditions = pictures.renditions(library.original(id), focus.x(), focus.y());
            }
        }
        return library.update(editor, id, changes, renditions);
    }
}
