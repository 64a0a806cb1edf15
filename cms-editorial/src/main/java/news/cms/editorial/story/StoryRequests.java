package news.cms.editorial.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import news.cms.core.story.LeadImage;
import news.cms.core.story.StoryContent;

import java.util.List;

/** The JSON bodies of the story endpoints. */
final class StoryRequests {

    private StoryRequests() {
    }

    /** {@code POST /api/stories}: bylines are author slugs (or {slug, credit}) in display order, tags are names. */
    @Serdeable
    record NewStory(@Nullable String headline, @Nullable String dek, @Nullable String body, @Nullable String section,
                    @Nullable List<BylineEntry> bylines, @Nullable List<String> tags, @Nullable String language,
                    @Nullable LeadImage leadImage) {

        StoryContent content() {
            return new StoryContent(headline, dek, body, section, BylineEntry.slugs(bylines), tags, language,
                    BylineEntry.credits(bylines), leadImage);
        }
    }

    /** {@code PUT /api/stories/{id}}: the full editable fields (no leadImage: none) and the version they were read at. */
    @Serdeable
    record StoryEdit(@Nullable String headline, @Nullable String dek, @Nullable String body, @Nullable String section,
                     @Nullable List<BylineEntry> bylines, @Nullable List<String> tags, @Nullable String language,
                     @Nullable LeadImage leadImage, @Nullable Long version) {

        StoryContent content() {
            return new StoryContent(headline, dek, body, section, BylineEntry.slugs(bylines), tags, language,
                    BylineEntry.credits(bylines), leadImage);
        }
    }
}
