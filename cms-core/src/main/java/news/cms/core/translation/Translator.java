package news.cms.core.translation;

/**
 * The port through which the newsroom translates text: implemented by whatever provides
 * translations (the plugin host, with the enabled translation plugins), so the desk does not
 * know where a translation comes from.
 */
public interface Translator {

    /**
     * The text in the target language.
     *
     * @param source a language tag such as {@code en}
     * @throws TranslationUnavailableException when no provider is enabled, or none answered
     */
    String translate(String text, String source, String target);
}
