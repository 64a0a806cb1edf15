package news.cms.core.author;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import news.cms.core.error.InputChecks;
import news.cms.core.text.Slug;

/** An author profile as an editor submits it; the slug is made from the name when left out. */
@Serdeable
public record AuthorDraft(String name, @Nullable String slug, @Nullable String bio, @Nullable Long photo) {

    /** A profile without a photo. */
    public AuthorDraft(String name, @Nullable String slug, @Nullable String bio) {
        this(name, slug, bio, null);
    }

    public AuthorDraft validated() {
        InputChecks checks = new InputChecks();
        String cleanName = checks.required("name", name, 200);
        checks.check(slug == null || Slug.isWellFormed(slug), "slug",
                "must be lowercase ASCII words joined by '-', at most " + Slug.MAX_LENGTH + " characters");
        String cleanBio = checks.optional("bio", bio, 5000);
        checks.check(photo == null || photo > 0, "photo", "must be the id of a picture in the media library");
        checks.throwIfAny();
        return new AuthorDraft(cleanName, slug, cleanBio, photo);
    }
}
