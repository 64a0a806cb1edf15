package news.cms.core.translation;

/**
 * No translation could be had; the message says why in words an editor or admin can act on.
 * Answered 503 (nothing provides translations), 502 (the service failed) or 504 (it was too slow).
 */
public class TranslationUnavailableException extends RuntimeException {

    /** Why there is no translation. */
    public enum Reason {
        /** No enabled plugin provides translations. */
        NO_PROVIDER,
        /** The providers were asked and failed or refused. */
        PROVIDER_FAILED,
        /** The providers were asked and did not answer in time. */
        PROVIDER_TIMED_OUT
    }

    private final Reason reason;

    public TranslationUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
