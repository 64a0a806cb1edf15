package news.cms.pictures;

import news.cms.core.error.InvalidInputException;

/**
 * An upload the engine will not take, with why in words the uploader can act on. It is an
 * {@link InvalidInputException} on the field {@code file}, so the API answers 400 naming it.
 */
public class PictureRefusedException extends InvalidInputException {

    /** Why a picture is refused. */
    public enum Reason {
        /** Its bytes are no JPEG, PNG, GIF or WebP, whatever its name says. */
        NOT_A_PICTURE,
        /** It starts as a picture but is cut short or broken. */
        DAMAGED,
        /** Its header declares more pixels than {@code cms.media.max-pixels}: decoding it would take too much memory. */
        TOO_MANY_PIXELS
    }

    public static final String FIELD = "file";

    private final Reason reason;

    public PictureRefusedException(Reason reason, String message) {
        super(FIELD, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
