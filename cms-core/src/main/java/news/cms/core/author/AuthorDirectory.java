package news.cms.core.author;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.db.UniqueKeys;
import news.cms.core.error.ConflictException;
import news.cms.core.error.FieldError;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.media.MediaLibrary;
import news.cms.core.text.Slug;
import news.cms.core.time.UtcTime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The newsroom's bylines: staff profiles, guests and agencies. */
@Singleton
public class AuthorDirectory {

    private static final int MAX_SLUG_ATTEMPTS = 20;

    private final AuthorRepository authors;
    private final AuditLog audit;
    private final ApplicationEventPublisher<AuthorChanged> changes;
    private final MediaLibrary media;
    private final Clock clock;

    AuthorDirectory(AuthorRepository authors, AuditLog audit, ApplicationEventPublisher<AuthorChanged> changes,
                    MediaLibrary media, Clock clock) {
        this.media = media;
        this.authors = authors;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Creates a profile. An explicit slug must be free (409 otherwise); a slug made from the name is
     * made unique by a numeric suffix ({@code min-chao-choy-2}).
     *
     * @param by     who creates it; null for the server's own bootstrap
     * @param userId the account whose profile this is; null for a guest or agency byline
     */
    @Transactional
    public Author create(Actor by, AuthorDraft draft, Long userId) {
        AuthorDraft valid = draft.validated();
        if (valid.slug() != null && authors.existsBySlug(valid.slug())) {
            throw ConflictException.taken("slug", valid.slug());
        }
        Author author = null;
        for (int attempt = 1; author == null; attempt++) {
            Slug slug = valid.slug() != null ? Slug.of(valid.slug()) : uniqueSlug(Slug.from(valid.name(), "author"));
            try {
                author = authors.save(new AuthorRow(null, slug.value(), valid.name(), valid.bio(), userId,
                        UtcTime.toRow(UtcTime.now(clock)), picture(valid.photo()))).toAuthor();
            } catch (DataAccessException e) {
                // Someone took the same slug a moment ago: an explicit one is a conflict, a made one moves on.
                if (!UniqueKeys.violated(e, "uq_author_slug")) {
                    throw e;
                }
                if (valid.slug() != null || attempt == MAX_SLUG_ATTEMPTS) {
                    throw ConflictException.taken("slug", slug.value());
                }
            }
        }
        audit.record(AuditEntry.of(by, "author.create", "author", author.slug(),
                (userId == null ? "guest byline '" : "staff profile '") + author.name() + "'"));
        return author;
    }

    @Transactional
    public Author update(Actor by, String slug, AuthorDraft draft) {
        AuthorRow row = authors.findBySlug(slug).orElseThrow(() -> notFound(slug));
        AuthorDraft valid = draft.validated();
        if (valid.slug() != null && !valid.slug().equals(slug)) {
            throw new InvalidInputException("slug", "cannot be changed: links to the author page depend on it");
        }
        Author author = authors.update(new AuthorRow(row.id(), row.slug(), valid.name(), valid.bio(), row.userId(),
                row.createdAt(), picture(valid.photo()))).toAuthor();
        audit.record(AuditEntry.of(by, "author.update", "author", slug, "name '" + author.name() + "'"));
        changes.publishEvent(new AuthorChanged(slug));
        return author;
    }

    /** The photo's id, once it is known to be a picture of the library. */
    private Long picture(Long photo) {
        if (photo != null && media.pictures(java.util.Set.of(photo)).isEmpty()) {
            throw new InvalidInputException("photo", "no picture in the media library has the id " + photo);
        }
        return photo;
    }

    /** Keeps a staff profile's name in step with its account's display name. */
    @Transactional
    public void renameProfileOf(long userId, String name) {
        authors.findByUserId(userId).ifPresent(row -> {
            authors.update(new AuthorRow(row.id(), row.slug(), name, row.bio(), row.userId(), row.createdAt(),
                    row.photoMediaId()));
            changes.publishEvent(new AuthorChanged(row.slug()));
        });
    }

    public Optional<Author> find(String slug) {
        return authors.findBySlug(slug).map(AuthorRow::toAuthor);
    }

    public Author get(String slug) {
        return find(slug).orElseThrow(() -> notFound(slug));
    }

    public Optional<Author> findById(long id) {
        return authors.findById(id).map(AuthorRow::toAuthor);
    }

    public Optional<Author> profileOf(long userId) {
        return authors.findByUserId(userId).map(AuthorRow::toAuthor);
    }

    public List<Author> list() {
        return authors.findAllOrderByName().stream().map(AuthorRow::toAuthor).toList();
    }

    /** The photos of the authors of {@code slugs} that have one: author slug to media id. */
    public Map<String, Long> photosOf(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return authors.findBySlugIn(slugs).stream().filter(row -> row.photoMediaId() != null)
                .collect(Collectors.toMap(AuthorRow::slug, AuthorRow::photoMediaId));
    }

    /**
     * The authors of {@code slugs}, in the order given and without repeats.
     *
     * @throws InvalidInputException naming {@code field} and every slug that names no author
     */
    public List<Author> resolve(String field, List<String> slugs) {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(slugs));
        Map<String, Author> found = authors.findBySlugIn(wanted).stream()
                .map(AuthorRow::toAuthor)
                .collect(Collectors.toMap(Author::slug, Function.identity()));
        List<FieldError> unknown = wanted.stream()
                .filter(slug -> !found.containsKey(slug))
                .map(slug -> new FieldError(field, "no author has the slug '" + slug + "'"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return wanted.stream().map(found::get).toList();
    }

    private Slug uniqueSlug(Slug base) {
        Slug candidate = base;
        for (int n = 2; authors.existsBySlug(candidate.value()); n++) {
            candidate = base.withSuffix(n);
        }
        return candidate;
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("No author has the slug '" + slug + "'");
    }
}
