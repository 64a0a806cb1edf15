package news.cms.core.revision;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One entry in a story's history: its number (the story version it captured), when, who, and what. */
@Serdeable
public record RevisionSummary(long number, Instant at, String by, String summary) {
}
