package news.cms.plugins.translation;

import jakarta.inject.Singleton;
import news.cms.core.translation.TranslationUnavailableException;
import news.cms.core.translation.TranslationUnavailableException.Reason;
import news.cms.core.translation.Translator;
import news.cms.plugin.api.translation.TranslationProvider;
import news.cms.plugins.runtime.PluginCalls;

import java.util.stream.Collectors;

/**
 * Translations from the enabled plugins' {@link TranslationProvider}s: each is asked in turn
 * until one answers, every call through the guard. When none is enabled, or none answers, the
 * exception says which, and what an admin can do about it.
 */
@Singleton
class PluginTranslator implements Translator {

    private final PluginCalls plugins;

    PluginTranslator(PluginCalls plugins) {
        this.plugins = plugins;
    }

    @Override
    public String translate(String text, String source, String target) {
        if (text.isBlank()) {
            return text;
        }
        PluginCalls.InTurn<String> outcome = plugins.askInTurn(TranslationProvider.class, "translate",
                provider -> provider.translate(text, source, target));
        if (outcome.answer().isPresent()) {
            return outcome.answer().get().value();
        }
        if (outcome.failures().isEmpty()) {
            throw new TranslationUnavailableException(Reason.NO_PROVIDER, "No translation provider is enabled: "
                    + "an admin installs and enables a plugin that provides translations (the 'translation' "
                    + "plugin, with the URL of its service in cms.plugins.settings.translation.url)");
        }
        boolean allTimedOut = outcome.failures().stream().allMatch(PluginCalls.Failure::timedOut);
        String failures = outcome.failures().stream()
                .map(failure -> "plugin " + failure.pluginId() + ": " + failure.reason())
                .collect(Collectors.joining("; "));
        throw new TranslationUnavailableException(allTimedOut ? Reason.PROVIDER_TIMED_OUT : Reason.PROVIDER_FAILED,
                (allTimedOut ? "The translation service did not answer in time (" : "The translation service failed (")
                        + failures + "); nothing was created, try again later");
    }
}
