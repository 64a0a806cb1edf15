package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A story's lead image: a picture of the media library, and how this story describes it. Read from a
 * story, the alt text, caption and credit are the story's own where it gives them and the picture's
 * otherwise, as readers see them.
 *
 * @param media the picture's id in the media library
 */
@Serdeable
public record LeadImage(long media, @Nullable String alt, @Nullable String caption, @Nullable String credit) {

    public static final int MAX_ALT = 1000;
    public static final int MAX_CAPTION = 2000;
    public static final int MAX_CREDIT = 500;

    /** Whether a reader who cannot see it is told what it shows. */
    public boolean hasAlt() {
        return alt != null && !alt.isBlank();
    }
}
