package news.cms.core.revision;

import io.micronaut.serde.annotation.Serdeable;
import news.cms.core.story.Story;

import java.time.Instant;

/** An immutable snapshot of a story exactly as it was after one save or transition. */
@Serdeable
public record Revision(long number, Instant at, String by, String summary, Story story) {
}
