package news.cms.editorial.story;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.media.MediaLibrary;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;
import news.cms.core.revision.RevisionStore;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.LeadImage;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.story.StoryEdited;
import news.cms.core.story.StoryFilter;
import news.cms.core.story.StoryState;
import news.cms.core.story.StoryStatus;
import news.cms.core.story.StoryStore;
import news.cms.core.tag.Tag;
import news.cms.core.tag.TagDirectory;
import news.cms.core.text.Slug;
import news.cms.core.time.UtcTime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writing stories: create, edit, read and list, for the API, the desk UI and plugins alike. Every
 * write stores the story, a full revision and an audit line in one transaction.
 */
@Singleton
public class StoryDesk {

    private final StoryStore stories;
    private final StoryAccess access;
    private final SectionDirectory sections;
    private final AuthorDirectory authors;
    private final TagDirectory tags;
    private final RevisionStore revisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher<StoryEdited> edits;
    private final MediaLibrary media;
    private final Clock clock;

    StoryDesk(StoryStore stories, StoryAccess access, SectionDirectory sections, AuthorDirectory authors,
              TagDirectory tags, RevisionStore revisions, AuditLog audit, ApplicationEventPublisher<StoryEdited> edits,
              MediaLibrary media, Clock clock) {
        this.media = media;
        this.stories = stories;
        this.access = access;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.revisions = revisions;
        this.audit = audit;
        this.edits = edits;
        this.clock = clock;
    }

    /** A new draft; with no bylines given, the writer's own byline. */
    @Transactional
    public Story create(Actor actor, StoryContent content) {
        StoryContent valid = content.validated();
        Section section = section(valid.section());
        List<Author> bylines = valid.bylines().isEmpty()
                ? List.of(authors.profileOf(actor.userId()).orElseThrow())
                : authors.resolve("bylines", valid.bylines());
        List<Tag> storyTags = tags.resolve(valid.tags());
        Instant now = UtcTime.now(clock);
        Story story = stories.insert(new StoryState(slugOf(valid.headline()), valid.headline(), valid.dek(),
                valid.body(), section, bylines, storyTags, valid.language(), StoryStatus.DRAFT, now, null, null,
                valid.credits(), picture(valid.leadImage())), actor.userId(), now);
        revisions.append(story, actor, "created");
        audit.record(AuditEntry.story(actor, "story.create", story.id(), null, StoryStatus.DRAFT.name(),
                "created in section " + section.slug()));
        return story;
    }

    /**
     * Saves new content over version {@code version}.
     *
     * @throws news.cms.core.error.StaleVersionException when someone saved since that version was read
     */
    @Transactional
    public Story update(Actor actor, long id, long version, StoryContent content) {
        Story current = find(id);
        Story saved = applyContent(actor, id, version, content);
        String changed = String.join(", ", changedFields(current, saved));
        revisions.append(saved, actor, changed.isEmpty() ? "saved without changes" : "edited " + changed);
        audit.record(AuditEntry.story(actor, "story.update", id, current.status().name(), saved.status().name(),
                "saved version " + saved.version() + (changed.isEmpty() ? "" : ": " + changed)));
        return saved;
    }

    /**
     * Validates and stores new content over version {@code version}, without a revision or audit
     * line: for a caller that records the change as something more specific (a correction) in the
     * same transaction. Every content change passes here and is announced as a {@link StoryEdited}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Story applyContent(Actor actor, long id, long version, StoryContent content) {
        Story current = find(id);
        access.checkEdit(actor, current);
        StoryContent valid = content.validated();
        Section section = section(valid.section());
        boolean keepBylines = valid.bylines().isEmpty();
        List<Author> bylines = keepBylines ? currentBylines(current) : authors.resolve("bylines", valid.bylines());
        Map<String, String> credits = keepBylines ? currentCredits(current) : valid.credits();
        List<Tag> storyTags = tags.resolve(valid.tags());
        // A draft's URL follows its headline until it is first published; then it never changes.
        String slug = current.publishedAt() == null && !slugOf(current.headline()).equals(slugOf(valid.headline()))
                ? slugOf(valid.headline())
                : current.slug();
        LeadImage lead = valid.leadImageSet() ? picture(valid.leadImage()) : stories.ownLeadImage(id).orElse(null);
        Story saved = stories.update(id, version, new StoryState(slug, valid.headline(), valid.dek(), valid.body(),
                section, bylines, storyTags, valid.language(), current.status(), UtcTime.now(clock),
                current.publishedAt(), current.scheduledAt(), credits, lead));
        edits.publishEvent(new StoryEdited(current, saved));
        return saved;
    }

    /** The lead image, once its picture is known to be one of the library's. */
    private LeadImage picture(@Nullable LeadImage lead) {
        if (lead != null && media.pictures(Set.of(lead.media())).isEmpty()) {
            throw new InvalidInputException("leadImage.media", "no picture in the media library has the id " + lead.media());
        }
        return lead;
    }

    public Story get(Actor actor, long id) {
        Story story = find(id);
        access.checkRead(actor, story);
        return story;
    }

    /**
     * The stories the actor may see, most recently changed first. Reporters always get only theirs;
     * editors get everything unless they ask for {@code mine}.
     */
    public ResultPage<Story> list(Actor actor, @Nullable StoryStatus status, @Nullable String sectionSlug,
                                  @Nullable String authorSlug, boolean mine, PageRequest page) {
        Long sectionId = sectionSlug == null ? null : sections.find(sectionSlug).map(Section::id)
                .orElseThrow(() -> new InvalidInputException("section", "no section has the slug '" + sectionSlug + "'"));
        Long authorId = authorSlug == null ? null : authors.find(authorSlug).map(Author::id)
                .orElseThrow(() -> new InvalidInputException("author", "no author has the slug '" + authorSlug + "'"));
        return stories.list(new StoryFilter(status, sectionId, authorId, access.ownerScope(actor, mine)), page);
    }

    /**
     * The editors' queue: submitted and approved stories, the one unchanged longest first. A reporter
     * gets only theirs, as with {@link #list}.
     */
    public ResultPage<Story> queue(Actor actor, PageRequest page) {
        return stories.waiting(EnumSet.of(StoryStatus.SUBMITTED, StoryStatus.APPROVED), access.ownerScope(actor, false), page);
    }

    private Story find(long id) {
        return stories.find(id).orElseThrow(() -> new NotFoundException("No story has the id " + id));
    }

    private Section section(String slug) {
        return sections.find(slug)
                .orElseThrow(() -> new InvalidInputException("section", "no section has the slug '" + slug + "'"));
    }

    private static Map<String, String> currentCredits(Story story) {
        Map<String, String> credits = new LinkedHashMap<>();
        story.bylines().stream().filter(b -> b.credit() != null).forEach(b -> credits.put(b.slug(), b.credit()));
        return credits;
    }

    private List<Author> currentBylines(Story story) {
        return authors.resolve("bylines", story.bylines().stream().map(b -> b.slug()).toList());
    }

    /** The slug a headline asks for; the store makes it unique. */
    private static String slugOf(String headline) {
        return Slug.from(headline, "story").value();
    }

    private static List<String> changedFields(Story before, Story after) {
        List<String> changed = new ArrayList<>();
        if (!before.headline().equals(after.headline())) changed.add("headline");
        if (!before.dek().equals(after.dek())) changed.add("dek");
        if (!before.body().equals(after.body())) changed.add("body");
        if (!before.section().equals(after.section())) changed.add("section");
        if (!before.bylines().equals(after.bylines())) changed.add("bylines");
        if (!before.tags().equals(after.tags())) changed.add("tags");
        if (!Objects.equals(before.language(), after.language())) changed.add("language");
        return changed;
    }
}
