package news.cms.core.media;

/**
 * A picture's description, focal point or renditions changed, or the upload was deleted: every
 * page that shows it shows it differently. Published inside the change; listeners that act on the
 * public site listen after the commit.
 */
public record MediaChanged(long mediaId) {
}
