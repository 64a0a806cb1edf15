package news.cms.core.story;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What an editor told the reporter when returning the story: never public. */
@Serdeable
public record EditorNote(Instant at, String by, String text) {
}
