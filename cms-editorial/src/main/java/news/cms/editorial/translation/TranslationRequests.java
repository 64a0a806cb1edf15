package news.cms.editorial.translation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStatus;

import java.util.List;

/** The JSON bodies of the translation endpoints. */
final class TranslationRequests {

    private TranslationRequests() {
    }

    /**
     * {@code POST /api/stories/{id}/translations}.
     *
     * @param language   the language to translate into, such as {@code de} or {@code pt-BR}
     * @param translator the author slug of the translator, credited "Translated by" on the byline
     */
    @Serdeable
    record NewTranslation(@Nullable String language, @Nullable String translator) {
    }

    /** One language version of a story. */
    @Serdeable
    record LinkedStory(long id, String language, String headline, String slug, StoryStatus status, boolean original) {

        static LinkedStory of(Story story, @Nullable Long originalId) {
            return new LinkedStory(story.id(), story.language(), story.headline(), story.slug(), story.status(),
                    originalId != null && originalId == story.id());
        }
    }

    /**
     * {@code GET /api/stories/{id}/translations}.
     *
     * @param originalId the story this one translates; null when it is an original
     * @param items      the other language versions: the original (flagged) and its translations
     */
    @Serdeable
    record Translations(long storyId, @Nullable Long originalId, List<LinkedStory> items) {
    }
}
