package news.cms.publishing.export;

/**
 * An export that cannot be done or did not complete. The message is one line for the person who
 * started it: what is wrong and what to do next. The published site is left as it was.
 */
public class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
