package news.cms.core.account;

/** A user together with the slug of their own author profile (every user has one). */
public record UserProfile(User user, String authorSlug) {
}
