package news.cms.core.story;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A public correction notice on a published story: what was wrong, and when it was put right. */
@Serdeable
public record Correction(Instant at, String note) {
}
