package news.cms.core.account;

/** Who is acting: the signed-in user on whose behalf a service method runs. */
public record Actor(long userId, String username, Role role) {

    public boolean isEditor() {
        return role.isEditor();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
