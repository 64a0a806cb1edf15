package news.cms.core.error;

import java.util.List;

/**
 * A save was based on a version that is no longer current: someone else saved first. Answered 409
 * with both versions, so the client can reload, merge and save again; nothing was overwritten.
 */
public class StaleVersionException extends ConflictException {

    private final long sentVersion;
    private final Long currentVersion;

    public StaleVersionException(long sentVersion, Long currentVersion) {
        super(currentVersion == null
                        ? "The story was changed by someone else while you were saving version " + sentVersion
                        + "; reload it and apply your changes again"
                        : "You saved version " + sentVersion + " but the story is now at version " + currentVersion
                        + "; reload it and apply your changes again",
                List.of(new FieldError("version", "stale: the current version is "
                        + (currentVersion == null ? "newer" : currentVersion))));
        this.sentVersion = sentVersion;
        this.currentVersion = currentVersion;
    }

    public long sentVersion() {
        return sentVersion;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
