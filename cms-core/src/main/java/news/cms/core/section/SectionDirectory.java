package news.cms.core.section;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.time.UtcTime;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The site's sections. */
@Singleton
public class SectionDirectory {

    private final SectionRepository sections;
    private final AuditLog audit;
    private final ApplicationEventPublisher<SectionChanged> changes;
    private final Clock clock;

    SectionDirectory(SectionRepository sections, AuditLog audit, ApplicationEventPublisher<SectionChanged> changes,
                     Clock clock) {
        this.sections = sections;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Section create(Actor by, SectionDraft draft) {
        SectionDraft valid = draft.validated();
        if (sections.existsBySlug(valid.slug())) {
            throw ConflictException.taken("slug", valid.slug());
        }
        Long now = UtcTime.toRow(UtcTime.now(clock));
        Section section = sections.save(new SectionRow(null, valid.slug(), valid.title(), valid.description(), now, now))
                .toSection();
        audit.record(AuditEntry.of(by, "section.create", "section", section.slug(), "created '" + section.title() + "'"));
        return section;
    }

    /** Changes title and description; the slug is part of every story URL in the section and stays. */
    @Transactional
    public Section update(Actor by, String slug, SectionDraft draft) {
        SectionRow row = sections.findBySlug(slug).orElseThrow(() -> notFound(slug));
        SectionDraft valid = new SectionDraft(draft.slug() == null ? slug : draft.slug(), draft.title(),
                draft.description()).validated();
        if (!valid.slug().equals(slug)) {
            throw new InvalidInputException("slug", "cannot be changed: the section's URLs depend on it");
        }
        Section section = sections.update(new SectionRow(row.id(), row.slug(), valid.title(), valid.description(),
                row.createdAt(), UtcTime.toRow(UtcTime.now(clock)))).toSection();
        audit.record(AuditEntry.of(by, "section.update", "section", slug, "title '" + section.title() + "'"));
        changes.publishEvent(new SectionChanged(slug));
        return section;
    }

    public Optional<Section> find(String slug) {
        return sections.findBySlug(slug).map(SectionRow::toSection);
    }

    public Section get(String slug) {
        return find(slug).orElseThrow(() -> notFound(slug));
    }

    public Optional<Section> findById(long id) {
        return sections.findById(id).map(SectionRow::toSection);
    }

    public List<Section> list() {
        return sections.findAllOrderByTitle().stream().map(SectionRow::toSection).toList();
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("No section has the slug '" + slug + "'");
    }
}
