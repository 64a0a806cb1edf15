package news.cms.core.error;

/** The signed-in user may not do this (wrong role, or not their story); answered 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
