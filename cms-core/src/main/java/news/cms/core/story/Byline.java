package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One credit on a story, in the order the bylines are shown.
 *
 * @param credit what the author did when it is not plain authorship, e.g. "Translated by"; else null
 */
@Serdeable
public record Byline(String slug, String name, @Nullable String credit) {

    public Byline(String slug, String name) {
        this(slug, name, null);
    }
}
