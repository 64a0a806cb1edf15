package news.cms.plugin.api;

/**
 * A plugin used a capability that its granted permissions do not allow, such as a host it did not
 * ask for. Nothing was done.
 */
public class MissingPermissionException extends SecurityException {

    private final String permission;

    public MissingPermissionException(String permission, String message) {
        super(message);
        this.permission = permission;
    }

    /** The permission that would have allowed it, e.g. {@code network:other.example}. */
    public String permission() {
        return permission;
    }
}
