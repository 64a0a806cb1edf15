package news.cms.core.media;

import java.util.List;

/**
 * Where a feature uses pictures (stories' lead images and bodies, authors' photos): asked before a
 * picture is deleted, so that no page loses a picture it shows. Each feature that can hold a picture
 * provides one as a bean.
 */
public interface MediaUsage {

    /** What uses the picture, each in words an editor recognises ("story 12, North Korea fires…"); empty when nothing. */
    List<String> usesOf(long mediaId);
}
