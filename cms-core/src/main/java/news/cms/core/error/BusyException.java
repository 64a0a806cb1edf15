package news.cms.core.error;

/**
 * The server cannot take the request now, through no fault of it: every worker for such work is
 * busy. Answered 503 with {@code Retry-After}; the same request will go through later.
 */
public class BusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
