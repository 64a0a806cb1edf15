package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.author.Author;
import news.cms.core.change.ChangeFeed;
import news.cms.core.db.FilteredQuery;
import news.cms.core.db.UniqueKeys;
import news.cms.core.error.StaleVersionException;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;
import news.cms.core.tag.Tag;
import news.cms.core.text.Slug;
import news.cms.core.time.UtcTime;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where stories are kept: the story row with its ordered bylines and tags. Writes are
 * version-checked ({@code UPDATE … WHERE version = ?}), so two saves of one version never both win,
 * whatever the timing. A story gets its address ({@link AddressRule}) in the write that first makes
 * it PUBLISHED, and keeps it; only a new slug moves it (same year and month, the new slug), leaving a
 * redirect behind. So an address always ends in its own story's slug.
 */
@Singleton
public class StoryStore {

    /** Concurrent creates of one headline each take the next suffix; this many is beyond any newsroom. */
    private static final int MAX_SLUG_ATTEMPTS = 20;

    private final StoryRepository stories;
    private final RedirectRepository redirects;
    private final AddressRule rule;
    private final JdbcOperations jdbc;
    private final ChangeFeed feed;
    private final Clock clock;

    StoryStore(StoryRepository stories, RedirectRepository redirects, AddressRule rule, JdbcOperations jdbc,
               ChangeFeed feed, Clock clock) {
        this.feed = feed;
        this.stories = stories;
        this.redirects = redirects;
        this.rule = rule;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a new story at version 1. Its slug is {@code state.slug()} or, when another story has
     * that one (or claims it at this very moment), the first free {@code slug-2}, {@code slug-3}…
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Story insert(StoryState state, long createdBy, Instant createdAt) {
        Slug base = Slug.of(state.slug());
        for (int attempt = 1; ; attempt++) {
            String slug = freeSlug(base);
            try {
                StoryRow row = stories.save(new StoryRow(null, slug, state.headline(), state.dek(), state.body(),
                        state.section().id(), state.language(), state.status().name(), 1, createdBy,
                        UtcTime.toRow(createdAt), UtcTime.toRow(state.updatedAt()), UtcTime.toRow(state.publishedAt()),
                        UtcTime.toRow(state.scheduledAt()), null));
                writeLinks(row.id(), state, false);
                if (state.listedAt() != null) {
                    fixAddress(row.id(), slug, state.publishedAt());
                }
                feed.story(row.id());
                return get(row.id());
            } catch (DataAccessException e) {
                if (attempt == MAX_SLUG_ATTEMPTS || !UniqueKeys.violated(e, "uq_story_slug")) {
                    throw e;
                }
            }
        }
    }

    /**
     * Replaces the story's state if it is still at {@code expectedVersion}; the version goes up by one.
     * A {@code state.slug()} other than the story's own is made free like a new story's; a story
     * that has an address then moves to the new slug's in the same year and month, and its old
     * address redirects there.
     *
     * @throws StaleVersionException when someone else saved first; nothing is written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Story update(long id, long expectedVersion, StoryState state) {
        Optional<StoryRow> before = stories.findById(id);
        String slug = before.map(StoryRow::slug).filter(state.slug()::equals)
                .orElseGet(() -> freeSlug(Slug.of(state.slug())));
        int updated;
        try {
            updated = stories.updateIfAtVersion(id, expectedVersion, slug, state.headline(), state.dek(),
                    state.body(), state.section().id(), state.language(), state.status().name(),
                    UtcTime.toRow(state.updatedAt()), UtcTime.toRow(state.publishedAt()),
                    UtcTime.toRow(state.scheduledAt()));
        } catch (DataAccessException e) {
            throw concurrentWriteOr(e, expectedVersion);
        }
        if (updated == 0) {
            throw new StaleVersionException(expectedVersion, stories.findById(id).map(StoryRow::version).orElse(null));
        }
        writeLinks(id, state, true);
        String address = before.map(StoryRow::address).orElse(null);
        if (address != null && !before.get().slug().equals(slug)) {
            moveAddress(id, address, slug);
        } else if (address == null && state.listedAt() != null) {
            fixAddress(id, slug, state.publishedAt());
        }
        feed.story(id);
        return get(id);
    }

    /**
     * Moves the story to a new workflow state if it is still at {@code expectedVersion}: the status
     * and times change, the content stays, the version goes up by one.
     *
     * @throws StaleVersionException when someone else changed the story first; nothing is written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Story move(long id, long expectedVersion, StoryStatus status, Instant updatedAt, Instant publishedAt,
                      Instant scheduledAt) {
        return moveIfAtVersion(id, expectedVersion, status, updatedAt, publishedAt, scheduledAt)
                .orElseThrow(() -> new StaleVersionException(expectedVersion,
                        stories.findById(id).map(StoryRow::version).orElse(null)));
    }

    /**
     * As {@link #move}, but a story someone else changed first is an ordinary outcome (empty), not
     * an error: for the scheduler, whose race with another server is expected. (An exception would
     * mark the caller's transaction for rollback even when caught.)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Story> moveIfAtVersion(long id, long expectedVersion, StoryStatus status, Instant updatedAt,
                                           Instant publishedAt, Instant scheduledAt) {
        int updated;
        try {
            updated = stories.moveIfAtVersion(id, expectedVersion, status.name(), UtcTime.toRow(updatedAt),
                    UtcTime.toRow(publishedAt), UtcTime.toRow(scheduledAt));
        } catch (DataAccessException e) {
            if (concurrentWriteOr(e, expectedVersion) instanceof StaleVersionException) {
                return Optional.empty();
            }
            throw e;
        }
        if (updated == 0) {
            return Optional.empty();
        }
        if (status == StoryStatus.PUBLISHED) {
            stories.findById(id).filter(row -> row.address() == null)
                    .ifPresent(row -> fixAddress(id, row.slug(), publishedAt));
        }
        Long listedAt = status == StoryStatus.PUBLISHED ? UtcTime.toRow(publishedAt) : null;
        stories.relistBylines(id, listedAt);
        stories.relistTags(id, listedAt);
        feed.story(id);
        return Optional.of(get(id));
    }

    /**
     * Gives up to {@code limit} stories that were published before addresses were kept the address
     * they had then: by their publish time in today's zone, the way every page computed it. Safe
     * with several servers starting at once: a story that got its address meanwhile keeps that one.
     *
     * @return how many stories this call looked at; fewer than {@code limit} when none is left
     */
    @Transactional
    public int fixMissingAddresses(int limit) {
        List<StoryLinks.Unaddressed> missing = stories.unaddressed(limit);
        for (StoryLinks.Unaddressed story : missing) {
            fixAddress(story.id(), story.slug(), UtcTime.fromRow(story.publishedAt()));
        }
        return missing.size();
    }

    /** Scheduled stories whose time has come, oldest schedule first. */
    public List<Long> dueForPublication(Instant now, int limit) {
        return stories.dueForPublication(UtcTime.toRow(now), limit);
    }

    /**
     * Stories of any status changed at or after {@code since} (edited, moved through the workflow,
     * corrected) or published at or after it: what a copy of the public site made then may lack.
     */
    public List<Long> changedSince(Instant since) {
        return stories.changedSince(UtcTime.toRow(since));
    }

    /** The stories that show any of these pictures, as their lead image or in their bodies, live or not. */
    @ReadOnly
    public Set<Long> showingPictures(Collection<Long> media) {
        if (media.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>(stories.withLeadImageIn(media));
        for (long id : media) {
            stories.withBodyLike("%](media:" + id + ")%", "%](media:" + id + " %").forEach(story -> ids.add(story.id()));
        }
        return ids;
    }

    /** Up to {@code limit} stories of any state with ids above {@code after}, by id: to go through them all. */
    @ReadOnly
    public List<Story> after(long after, int limit) {
        List<Long> ids = stories.idsAfter(after, limit);
        List<StoryRow> rows = ids.isEmpty() ? new ArrayList<>() : new ArrayList<>(stories.findByIdIn(ids));
        rows.sort(Comparator.comparingLong(StoryRow::id));
        return assemble(rows);
    }

    /** How many stories there are, in every state. */
    @ReadOnly
    public long count() {
        return stories.countAll();
    }

    /** Scheduled stories, soonest first. */
    public List<Story> scheduled(int limit) {
        List<Long> ids = stories.scheduled(limit);
        List<StoryRow> rows = ids.isEmpty() ? new ArrayList<>() : new ArrayList<>(stories.findByIdIn(ids));
        rows.sort(Comparator.comparingInt(row -> ids.indexOf(row.id())));
        return assemble(rows);
    }

    /** The stories with these ids, in no particular order; missing ids are skipped. */
    public List<Story> findAll(List<Long> ids) {
        return ids.isEmpty() ? List.of() : assemble(stories.findByIdIn(ids));
    }

    public Optional<Story> findBySlug(String slug) {
        return stories.findBySlug(slug).map(row -> assemble(List.of(row)).get(0));
    }

    /** The story whose address this is, live or not. */
    public Optional<Story> findByAddress(String address) {
        return stories.findByAddress(address).map(row -> assemble(List.of(row)).get(0));
    }

    public Optional<Story> find(long id) {
        return stories.findById(id).map(row -> assemble(List.of(row)).get(0));
    }

    /** The newsroom's list: most recently changed first; count and page read in one transaction. */
    @ReadOnly
    public ResultPage<Story> list(StoryFilter filter, PageRequest page) {
        FilteredQuery query = new FilteredQuery("story s");
        if (filter.status() != null) {
            query.where("s.status = ?", filter.status().name());
        }
        if (filter.sectionId() != null) {
            query.where("s.section_id = ?", filter.sectionId());
        }
        if (filter.authorId() != null) {
            query.where("EXISTS (SELECT 1 FROM story_byline b WHERE b.story_id = s.id AND b.author_id = ?)", filter.authorId());
        }
        if (filter.visibleTo() != null) {
            query.where("(s.created_by = ? OR EXISTS (SELECT 1 FROM story_byline o WHERE o.story_id = s.id AND o.author_id = ?))",
                    filter.visibleTo().userId(), filter.visibleTo().authorId());
        }
        List<Long> ids = query.ids(jdbc, "s.id", "s.updated_at DESC, s.id DESC", page);
        List<StoryRow> rows = ids.isEmpty() ? new ArrayList<>() : new ArrayList<>(stories.findByIdIn(ids));
        rows.sort(Comparator.comparingInt(row -> ids.indexOf(row.id())));
        return new ResultPage<>(assemble(rows), page.page(), page.size(), query.count(jdbc));
    }

    /**
     * The stories in any of {@code statuses}, the longest unchanged first (the editors' queue: what
     * has waited longest comes first); {@code visibleTo} as in {@link StoryFilter}.
     */
    @ReadOnly
    public ResultPage<Story> waiting(Set<StoryStatus> statuses, @Nullable StoryFilter.Owner visibleTo, PageRequest page) {
        FilteredQuery query = new FilteredQuery("story s");
        query.where("s.status IN (" + String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")",
                statuses.stream().map(Enum::name).sorted().toArray());
        if (visibleTo != null) {
            query.where("(s.created_by = ? OR EXISTS (SELECT 1 FROM story_byline o WHERE o.story_id = s.id AND o.author_id = ?))",
                    visibleTo.userId(), visibleTo.authorId());
        }
        List<Long> ids = query.ids(jdbc, "s.id", "s.updated_at, s.id", page);
        List<StoryRow> rows = ids.isEmpty() ? new ArrayList<>() : new ArrayList<>(stories.findByIdIn(ids));
        rows.sort(Comparator.comparingInt(row -> ids.indexOf(row.id())));
        return new ResultPage<>(assemble(rows), page.page(), page.size(), query.count(jdbc));
    }

    private Story get(long id) {
        return find(id).orElseThrow(() -> new IllegalStateException("story " + id + " vanished while being written"));
    }

    /**
     * Gives a story without an address the rule's address for its publish time, now. An address
     * always ends in its story's slug, and slugs are unique, so no other story can hold it: the
     * unique key on addresses only guards that.
     */
    private void fixAddress(long id, String slug, Instant publishedAt) {
        stories.fixAddress(id, rule.addressOf(publishedAt, slug));
    }

    /** The story's new slug takes it to that slug's address in the same month; the old one redirects there. */
    private void moveAddress(long id, String address, String slug) {
        String moved = AddressRule.withSlug(address, slug);
        stories.moveAddress(id, moved);
        redirects.put(address, id, UtcTime.toRow(UtcTime.now(clock)));
        // back at an address it had before: that one is its own again, not a redirect
        redirects.deleteOwn(moved, id);
    }

    private String freeSlug(Slug base) {
        Slug candidate = base;
        for (int n = 2; stories.existsBySlug(candidate.value()); n++) {
            candidate = base.withSuffix(n);
        }
        return candidate.value();
    }


    private void writeLinks(long storyId, StoryState state, boolean replace) {
        if (replace) {
            stories.deleteBylines(storyId);
            stories.deleteTags(storyId);
        }
        Long listedAt = UtcTime.toRow(state.listedAt());
        List<Author> bylines = state.bylines();
        for (int i = 0; i < bylines.size(); i++) {
            stories.insertByline(storyId, i, bylines.get(i).id(), state.credits().get(bylines.get(i).slug()), listedAt);
        }
        List<Tag> tags = state.tags();
        for (int i = 0; i < tags.size(); i++) {
            stories.insertTag(storyId, i, tags.get(i).id(), listedAt);
        }
        if (replace) {
            stories.deleteLeadImage(storyId);
        }
        LeadImage lead = state.leadImage();
        if (lead != null) {
            stories.insertLeadImage(storyId, lead.media(), lead.alt(), lead.caption(), lead.credit());
        }
    }

    /**
     * The story's lead image as the story itself describes it (no text taken from the picture): what
     * an edit that does not touch the lead image writes back.
     */
    @ReadOnly
    public Optional<LeadImage> ownLeadImage(long storyId) {
        return stories.ownLeadImagesOf(List.of(storyId)).stream().findFirst().map(StoryLinks.LeadLink::toLeadImage);
    }

    /** Keeps an editor's note to the reporter with the story. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addNote(long storyId, long by, String text, Instant at) {
        stories.insertNote(storyId, UtcTime.toRow(at), by, text);
    }

    /** Adds a public correction notice to the story. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addCorrection(long storyId, String note, Instant at) {
        stories.insertCorrection(storyId, UtcTime.toRow(at), note);
    }

    /** Builds full stories from rows with seven queries in all, however many rows there are. */
    private List<Story> assemble(List<StoryRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(StoryRow::id).toList();
        Map<Long, List<Byline>> bylines = stories.bylinesOf(ids).stream().collect(Collectors.groupingBy(
                StoryLinks.BylineLink::storyId,
                Collectors.mapping(link -> new Byline(link.slug(), link.name(), link.credit()), Collectors.toList())));
        Map<Long, List<String>> tags = stories.tagsOf(ids).stream().collect(Collectors.groupingBy(
                StoryLinks.TagLink::storyId, Collectors.mapping(StoryLinks.TagLink::name, Collectors.toList())));
        Map<Long, String> sections = stories.sectionsOf(rows.stream().map(StoryRow::sectionId).distinct().toList())
                .stream().collect(Collectors.toMap(StoryLinks.SectionLink::id, StoryLinks.SectionLink::slug));
        Map<Long, String> creators = stories.creatorsOf(rows.stream().map(StoryRow::createdBy).distinct().toList())
                .stream().collect(Collectors.toMap(StoryLinks.CreatorLink::id, StoryLinks.CreatorLink::username));
        Map<Long, List<Correction>> corrections = stories.correctionsOf(ids).stream().collect(Collectors.groupingBy(
                StoryLinks.CorrectionLink::storyId, Collectors.mapping(
                        link -> new Correction(UtcTime.fromRow(link.createdAt()), link.note()), Collectors.toList())));
        Map<Long, List<EditorNote>> notes = stories.notesOf(ids).stream().collect(Collectors.groupingBy(
                StoryLinks.NoteLink::storyId, Collectors.mapping(
                        link -> new EditorNote(UtcTime.fromRow(link.createdAt()), link.username(), link.text()),
                        Collectors.toList())));
        Map<Long, LeadImage> leads = stories.leadImagesOf(ids).stream()
                .collect(Collectors.toMap(StoryLinks.LeadLink::storyId, StoryLinks.LeadLink::toLeadImage));
        return rows.stream().map(row -> new Story(row.id(), row.slug(), row.headline(), row.dek(), row.body(),
                sections.get(row.sectionId()), bylines.getOrDefault(row.id(), List.of()),
                tags.getOrDefault(row.id(), List.of()), row.language(), StoryStatus.valueOf(row.status()),
                row.version(), creators.get(row.createdBy()), UtcTime.fromRow(row.createdAt()),
                UtcTime.fromRow(row.updatedAt()), UtcTime.fromRow(row.publishedAt()),
                UtcTime.fromRow(row.scheduledAt()), row.address(), corrections.getOrDefault(row.id(), List.of()),
                notes.getOrDefault(row.id(), List.of()), leads.get(row.id()))).toList();
    }

    /**
     * A write that collided with a concurrent one on the same row (H2's concurrent-update or lock
     * timeout, InnoDB's deadlock or lock-wait timeout) is the same outcome as a stale version.
     */
    private static RuntimeException concurrentWriteOr(DataAccessException e, long expectedVersion) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isConcurrentWrite(sql)) {
                return new StaleVersionException(expectedVersion, null);
            }
        }
        return e;
    }

    private static boolean isConcurrentWrite(SQLException e) {
        int code = e.getErrorCode();
        return code == 90131 || code == 50200 || code == 1213 || code == 1205 || "40001".equals(e.getSQLState());
    }
}
