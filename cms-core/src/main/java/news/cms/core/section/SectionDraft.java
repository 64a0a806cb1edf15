package news.cms.core.section;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import news.cms.core.error.InputChecks;
import news.cms.core.text.Slug;

import java.util.Set;

/** A section as an admin submits it. */
@Serdeable
public record SectionDraft(@Nullable String slug, String title, @Nullable String description) {

    /**
     * Slugs that would shadow the public site's own routes ({@code /feed}, {@code /author/…}) or the
     * server's ({@code /api}, {@code /desk}).
     */
    static final Set<String> RESERVED = Set.of("api", "author", "tag", "feed", "page", "desk", "media", "login",
            "logout", "health", "openapi", "sitemap", "search", "static", "assets", "preview", "admin");

    public SectionDraft validated() {
        InputChecks checks = new InputChecks();
        String cleanSlug = checks.required("slug", slug, Slug.MAX_LENGTH);
        if (cleanSlug != null) {
            checks.check(Slug.isWellFormed(cleanSlug), "slug", "must be lowercase ASCII words joined by '-'");
            checks.check(!RESERVED.contains(cleanSlug) && !cleanSlug.matches("\\d+"), "slug",
                    "is reserved for the site's own pages");
        }
        String cleanTitle = checks.required("title", title, 200);
        String cleanDescription = checks.optional("description", description, 1000);
        checks.throwIfAny();
        return new SectionDraft(cleanSlug, cleanTitle, cleanDescription);
    }
}
