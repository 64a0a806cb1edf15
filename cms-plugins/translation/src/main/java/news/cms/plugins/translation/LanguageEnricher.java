package news.cms.plugins.translation;

import news.cms.plugin.api.PluginContext;
import news.cms.plugin.api.story.Enrichment;
import news.cms.plugin.api.story.StoryEnricher;
import news.cms.plugin.api.story.StoryView;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects the language a story is written in as it is published and records it as the metadata
 * {@code language} (an ISO 639-1 code), beside {@code language-declared}: {@code matches} when the
 * story's own language field says the same, else {@code differs}, so a desk can find stories
 * filed under the wrong language. Nothing is recorded when the text is too short to tell.
 */
public class LanguageEnricher implements StoryEnricher {

    private final OptimaizeLangDetector detector = new OptimaizeLangDetector();

    public LanguageEnricher(PluginContext context) {
        detector.loadModels(); // the profiles are read once, here: detection itself is quick
    }

    @Override
    public Enrichment enrich(StoryView story) {
        String text = String.join("\n", story.headline(), nonNull(story.dek()), nonNull(story.body()));
        LanguageResult result;
        synchronized (detector) { // the detector keeps the text it is given: one story at a time
            result = detector.detect(text);
        }
        if (result.isUnknown() || !result.isReasonablyCertain()) {
            return Enrichment.none();
        }
        String declared = story.language() == null ? "" : story.language();
        boolean matches = declared.equals(result.getLanguage()) || declared.startsWith(result.getLanguage() + "-");
        return Enrichment.of("language", result.getLanguage())
                .with("language-declared", matches ? "matches" : "differs");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
