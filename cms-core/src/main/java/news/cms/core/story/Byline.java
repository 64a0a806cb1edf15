package news.cms.core.story;

import io.micronaut.serde.annotation.Serdeable;

/** One credit on a story, in the order the bylines are shown. */
@Serdeable
public record Byline(String slug, String name) {
}
