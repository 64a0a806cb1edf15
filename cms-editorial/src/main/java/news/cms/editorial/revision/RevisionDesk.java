package news.cms.editorial.revision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.error.ConflictException;
import news.cms.core.error.ForbiddenException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.error.StaleVersionException;
import news.cms.core.revision.Revision;
import news.cms.core.revision.RevisionStore;
import news.cms.core.revision.RevisionSummary;
import news.cms.core.story.Byline;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.story.StoryStore;
import news.cms.editorial.story.StoryAccess;
import news.cms.editorial.story.StoryDesk;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's history: its revisions listed, opened and compared, and an old revision's content put
 * back. Restoring never rewrites history: it saves the old content as a new version, which gets a
 * revision and an audit line of its own, all in one transaction.
 */
@Singleton
public class RevisionDesk {

    /** Fields that differ between any two revisions and so say nothing in a diff. */
    private static final Set<String> NOT_COMPARED = Set.of("version", "updatedAt");

    private final StoryStore stories;
    private final StoryAccess access;
    private final StoryDesk desk;
    private final RevisionStore revisions;
    private final AuditLog audit;
    private final JsonMapper json;

    RevisionDesk(StoryStore stories, StoryAccess access, StoryDesk desk, RevisionStore revisions, AuditLog audit,
                 JsonMapper json) {
        this.stories = stories;
        this.access = access;
        this.desk = desk;
        this.revisions = revisions;
        this.audit = audit;
        this.json = json;
    }

    /** The story's revisions, newest first; whoever may read the story may read its history. */
    public List<RevisionSummary> list(Actor actor, long storyId) {
        access.checkRead(actor, find(storyId));
        return revisions.list(storyId);
    }

    /** One revision with the story exactly as it was then, bylines and tags included. */
    public Revision get(Actor actor, long storyId, long number) {
        access.checkRead(actor, find(storyId));
        return revision(storyId, number);
    }

    /** The fields that differ between revisions {@code from} and {@code to}, compared as JSON. */
    public RevisionDiff diff(Actor actor, long storyId, long from, long to) {
        access.checkRead(actor, find(storyId));
        return new RevisionDiff(from, to, changes(revision(storyId, from).story(), revision(storyId, to).story()));
    }

    /**
     * Puts the content of revision {@code number} (headline, dek, body, section, bylines, tags,
     * language) back onto the story as its next version. The story keeps its status, its publish and
     * schedule times, and a URL that is fixed once published. Editors only.
     *
     * @param version the version the editor read, or null to restore over whatever is current
     * @throws StaleVersionException when {@code version} is given and no longer current, or someone
     *                               saved at the same moment; nothing is written
     * @throws ConflictException     when the revision's section or an author of its bylines no longer exists
     */
    @Transactional
    public Story restore(Actor actor, long storyId, long number, @Nullable Long version) {
        Story current = find(storyId);
        if (!actor.isEditor()) {
            throw new ForbiddenException("Only editors may restore a revision");
        }
        Story old = revision(storyId, number).story();
        Story restored;
        try {
            // the desk's own save: the same rules, references and URL as any edit
            restored = desk.applyContent(actor, storyId, version == null ? current.version() : version, contentOf(old));
        } catch (InvalidInputException e) {
            // a section or author of the old revision is gone, or its content breaks today's rules
            throw new ConflictException("Revision " + number + " cannot be restored: " + e.getMessage(), e.errors());
        }
        String summary = "restored revision " + number;
        revisions.append(restored, actor, summary);
        String changed = String.join(", ", fieldsOf(changes(current, restored)));
        audit.record(AuditEntry.story(actor, "story.restore", storyId, current.status().name(),
                restored.status().name(), summary + " as version " + restored.version()
                        + (changed.isEmpty() ? " (no changes)" : ": " + changed)));
        return restored;
    }

    private Story find(long storyId) {
        return stories.find(storyId).orElseThrow(() -> new NotFoundException("No story has the id " + storyId));
    }

    private Revision revision(long storyId, long number) {
        return revisions.find(storyId, number).orElseThrow(() -> new NotFoundException(
                "Story " + storyId + " has no revision " + number));
    }

    /** The revision's content under today's rules; content that no longer passes cannot be restored as is. */
    /** The editable content a revision holds, bylines with their credits. */
    private static StoryContent contentOf(Story old) {
        Map<String, String> credits = new LinkedHashMap<>();
        old.bylines().stream().filter(b -> b.credit() != null).forEach(b -> credits.put(b.slug(), b.credit()));
        return new StoryContent(old.headline(), old.dek(), old.body(), old.section(),
                old.bylines().stream().map(Byline::slug).toList(), old.tags(), old.language(), credits, old.leadImage());
    }



    /**
     * Compares the two stories' JSON field by field, so that every field a story has, now or later, is
     * compared without naming it here. A field one of them lacks counts as null.
     */
    private List<RevisionDiff.Change> changes(Story from, Story to) {
        JsonNode before = tree(from);
        JsonNode after = tree(to);
        Set<String> fields = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : after.entries()) {
            fields.add(entry.getKey());
        }
        for (Map.Entry<String, JsonNode> entry : before.entries()) {
            fields.add(entry.getKey());
        }
        List<RevisionDiff.Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (NOT_COMPARED.contains(field)) {
                continue;
            }
            JsonNode was = valueOf(before, field);
            JsonNode is = valueOf(after, field);
            boolean same = was == null ? is == null : was.equals(is);
            if (!same) {
                changes.add(new RevisionDiff.Change(field, was, is));
            }
        }
        return changes;
    }

    private JsonNode tree(Story story) {
        try {
            return json.writeValueToTree(story);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compare revisions of story " + story.id(), e);
        }
    }

    /** The field's value, or null when it is absent or JSON null. */
    @Nullable
    private static JsonNode valueOf(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private static List<String> fieldsOf(List<RevisionDiff.Change> changes) {
        return changes.stream().map(RevisionDiff.Change::field).toList();
    }

    /** The slug a headline asks for; the store makes it unique. */
}
