package news.cms.plugins.translation.libretranslate;

import news.cms.plugin.api.PluginContext;
import news.cms.plugin.api.translation.TranslationProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Translates through a LibreTranslate-compatible service: {@code POST {url}/translate} with
 * {@code {q, source, target, format: "text"}} answers {@code {translatedText}}. Settings:
 * {@code url} (required: without it the plugin does not start, and says which setting to give),
 * {@code api-key} (optional, for services that want one) and {@code timeout} (ISO-8601 or
 * seconds, default 1.5 s: shorter than the server's limit for a plugin call, so a slow service is
 * reported as such rather than cut off).
 */
public class LibreTranslateProvider implements TranslationProvider {

    static final String URL_SETTING = "url";

    private final PluginContext context;
    private final URI translate;
    private final Optional<String> apiKey;
    private final Duration timeout;

    public LibreTranslateProvider(PluginContext context) {
        this.context = context;
        String url = context.setting(URL_SETTING).filter(value -> !value.isBlank()).orElseThrow(() ->
                new IllegalStateException("No translation service is configured: set cms.plugins.settings."
                        + context.pluginId() + ".url (environment CMS_PLUGINS_SETTINGS_"
                        + context.pluginId().toUpperCase().replaceAll("[^A-Z0-9]", "_")
                        + "_URL) to the address of a LibreTranslate-compatible service"));
        this.translate = URI.create(url.replaceAll("/+$", "") + "/translate");
        this.apiKey = context.setting("api-key").filter(value -> !value.isBlank());
        this.timeout = context.setting("timeout").map(LibreTranslateProvider::duration).orElse(Duration.ofMillis(1500));
    }

    @Override
    public String translate(String text, String sourceLanguage, String targetLanguage) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(translate)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        TranslateJson.request(text, sourceLanguage, targetLanguage, apiKey)))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = context.network().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + translate.getHost(), e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(translate.getHost() + " answered " + response.statusCode() + ": "
                    + TranslateJson.error(response.body()).orElse(abbreviated(response.body())));
        }
        return TranslateJson.translatedText(response.body()).orElseThrow(() ->
                new IOException(translate.getHost() + " answered without a translatedText"));
    }

    private static String abbreviated(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static Duration duration(String value) {
        return value.startsWith("P") ? Duration.parse(value) : Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
}
