package news.cms.editorial.translation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import news.cms.core.account.Actor;
import news.cms.core.error.ForbiddenException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.story.Byline;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.story.StoryStore;
import news.cms.core.translation.StoryTranslations;
import news.cms.core.translation.Translator;
import news.cms.editorial.story.StoryDesk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translations of stories: an editor asks for a story in another language and gets a new draft
 * whose headline, dek and body come from the {@link Translator}, linked to its original, with the
 * original's section, tags and bylines, and the translator credited when named. The text is
 * translated before any transaction opens (a translation service may take seconds), so a service
 * that fails or is slow leaves nothing behind.
 */
@Singleton
public class TranslationDesk {

    static final String TRANSLATOR_CREDIT = "Translated by";

    private final StoryDesk desk;
    private final StoryStore stories;
    private final StoryTranslations translations;
    private final Translator translator;
    private final TranslationDrafts drafts;

    TranslationDesk(StoryDesk desk, StoryStore stories, StoryTranslations translations, Translator translator,
                    TranslationDrafts drafts) {
        this.desk = desk;
        this.stories = stories;
        this.translations = translations;
        this.translator = translator;
        this.drafts = drafts;
    }

    /**
     * A new draft of the story in {@code language}.
     *
     * @param translatorSlug the author slug of the person who checks the translation, credited on the byline
     * @throws news.cms.core.translation.TranslationUnavailableException when no provider is enabled or none answered
     */
    public Story translate(Actor actor, long storyId, @Nullable String language, @Nullable String translatorSlug) {
        if (!actor.isEditor()) {
            throw new ForbiddenException("Only editors may create translations");
        }
        Story original = desk.get(actor, storyId);
        String target = language == null ? "" : language.strip();
        if (target.isEmpty()) {
            throw new InvalidInputException("language", "is required: the language to translate into, such as 'de'");
        }
        if (target.equalsIgnoreCase(original.language())) {
            throw new InvalidInputException("language", "is the story's own language; choose another");
        }
        StoryContent content = new StoryContent(original.headline(), original.dek(), original.body(),
                original.section(), null, original.tags(), target).validated(); // the language's form, before any call
        String source = original.language();
        StoryContent translated = new StoryContent(
                translator.translate(original.headline(), source, target),
                translator.translate(original.dek(), source, target),
                translator.translate(original.body(), source, target),
                content.section(), bylines(original, translatorSlug), content.tags(), content.language(),
                credits(original, translatorSlug));
        return drafts.create(actor, original, translated);
    }

    /** The story's other language versions: its original and the original's translations. */
    public List<Story> linked(Actor actor, long storyId) {
        desk.get(actor, storyId);
        return stories.findAll(translations.linkedTo(storyId));
    }

    /** The story this one translates, when it is a translation. */
    public @Nullable Long originalOf(long storyId) {
        return translations.originalOf(storyId).orElse(null);
    }

    private static List<String> bylines(Story original, @Nullable String translatorSlug) {
        List<String> slugs = new ArrayList<>(original.bylines().stream().map(Byline::slug).toList());
        if (translatorSlug != null && !translatorSlug.isBlank() && !slugs.contains(translatorSlug.strip())) {
            slugs.add(translatorSlug.strip());
        }
        return slugs;
    }

    private static Map<String, String> credits(Story original, @Nullable String translatorSlug) {
        Map<String, String> credits = new LinkedHashMap<>();
        original.bylines().stream().filter(b -> b.credit() != null).forEach(b -> credits.put(b.slug(), b.credit()));
        if (translatorSlug != null && !translatorSlug.isBlank()) {
            credits.put(translatorSlug.strip(), TRANSLATOR_CREDIT);
        }
        return credits;
    }
}
