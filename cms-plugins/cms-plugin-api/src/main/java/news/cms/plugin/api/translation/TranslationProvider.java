package news.cms.plugin.api.translation;

import java.io.IOException;

/**
 * Extension point: translates text, typically by calling a translation service (which needs a
 * {@code network:<host>} permission). Languages are tags such as {@code en} or {@code pt-BR}.
 */
public interface TranslationProvider {

    /** @throws IOException when the service cannot be reached or refuses */
    String translate(String text, String sourceLanguage, String targetLanguage) throws IOException;
}
