package news.cms.core.error;

/** The thing asked for does not exist (or is not visible to the asker); answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
