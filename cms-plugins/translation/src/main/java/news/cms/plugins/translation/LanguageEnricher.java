package news.cms.plugins.translation;

import news.cms.plugin.api.PluginContext;
import news.cms.plugin.api.story.Enrichment;
import news.cms.plugin.api.story.StoryEnricher;
import news.cms.plugin.api.story.StoryView;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

import java.util.concurrent.CompletableFuture;

/**
 * Detects the language a story is written in as it is published and records it as the metadata
 * {@code language} (an ISO 639-1 code), beside {@code language-declared}: {@code matches} when the
 * story's own language field says the same, else {@code differs}, so a desk can find stories
 * filed under the wrong language. Nothing is recorded when the text is too short to tell, or
 * while the language profiles are still being read after the plugin was enabled.
 */
public class LanguageEnricher implements StoryEnricher {

    /**
     * Reading the profiles takes seconds on a cold JVM (3.3 s measured on the 2-core machine),
     * longer than the server lets a plugin's constructor take, so they are read on a thread of
     * their own; stories published before they are ready get no detection.
     */
    private final CompletableFuture<OptimaizeLangDetector> profiles = CompletableFuture.supplyAsync(() -> {
        OptimaizeLangDetector detector = new OptimaizeLangDetector();
        detector.loadModels();
        return detector;
    }, task -> {
        Thread loader = new Thread(task, "plugin-translation-profiles");
        loader.setDaemon(true);
        loader.start();
    });

    public LanguageEnricher(PluginContext context) {
        profiles.exceptionally(error -> {
            context.log().log(System.Logger.Level.ERROR, "The language profiles could not be read", error);
            return null;
        });
    }

    @Override
    public Enrichment enrich(StoryView story) {
        OptimaizeLangDetector detector = profiles.getNow(null);
        if (detector == null) {
            return Enrichment.none();
        }
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
