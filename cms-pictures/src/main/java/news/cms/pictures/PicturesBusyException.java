package news.cms.pictures;

/**
 * Every decoder was busy for longer than {@code cms.media.decode-wait}, or too many pictures were
 * already waiting for one. Nothing is wrong with the picture: answer 503 with a Retry-After, and
 * the same upload will go through later.
 */
public class PicturesBusyException extends RuntimeException {

    public PicturesBusyException(String message) {
        super(message);
    }
}
