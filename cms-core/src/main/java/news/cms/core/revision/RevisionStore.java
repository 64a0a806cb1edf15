package news.cms.core.revision;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditLog;
import news.cms.core.story.Story;
import news.cms.core.time.UtcTime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Every version of every story, kept whole: the snapshot holds all fields, bylines and tags
 * included. Revisions are only ever appended; restoring one writes a new revision.
 */
@Singleton
public class RevisionStore {

    private final RevisionRepository revisions;
    private final JsonMapper json;
    private final Clock clock;

    RevisionStore(RevisionRepository revisions, JsonMapper json, Clock clock) {
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
    }

    /** Records the story as it now is; the revision's number is the story's version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RevisionSummary append(Story story, Actor by, String summary) {
        RevisionRow row = revisions.save(new RevisionRow(null, story.id(), story.version(),
                UtcTime.toRow(UtcTime.now(clock)), by == null ? null : by.userId(), summary, write(story)));
        return new RevisionSummary(row.number(), UtcTime.fromRow(row.createdAt()),
                by == null ? AuditLog.SYSTEM : by.username(), summary);
    }

    /** Newest first. */
    public List<RevisionSummary> list(long storyId) {
        return revisions.listing(storyId).stream()
                .map(r -> new RevisionSummary(r.number(), UtcTime.fromRow(r.at()), r.byUser(), r.summary()))
                .toList();
    }

    public Optional<Revision> find(long storyId, long number) {
        return revisions.findByStoryIdAndNumber(storyId, number).map(row -> {
            Story story = read(row.snapshot());
            String by = list(storyId).stream().filter(r -> r.number() == number).map(RevisionSummary::by)
                    .findFirst().orElse(AuditLog.SYSTEM);
            return new Revision(row.number(), UtcTime.fromRow(row.createdAt()), by, row.summary(), story);
        });
    }

    private String write(Story story) {
        try {
            return json.writeValueAsString(story);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot snapshot story " + story.id(), e);
        }
    }

    private Story read(String snapshot) {
        try {
            return json.readValue(snapshot, Story.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A revision snapshot cannot be read", e);
        }
    }
}
