package news.cms.plugins.translation.libretranslate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/** The JSON of LibreTranslate's {@code /translate}: the request written, the answer's fields read. */
final class TranslateJson {

    private static final JsonFactory JSON = new JsonFactory();

    private TranslateJson() {
    }

    static byte[] request(String text, String source, String target, Optional<String> apiKey) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("q", text);
            json.writeStringField("source", source);
            json.writeStringField("target", target);
            json.writeStringField("format", "text");
            if (apiKey.isPresent()) {
                json.writeStringField("api_key", apiKey.get());
            }
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    static Optional<String> translatedText(byte[] answer) {
        return topLevelString(answer, "translatedText");
    }

    /** The service's own explanation of a refusal ({@code {"error": "..."}}). */
    static Optional<String> error(byte[] answer) {
        return topLevelString(answer, "error");
    }

    private static Optional<String> topLevelString(byte[] answer, String field) {
        try (JsonParser json = JSON.createParser(answer)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (name.equals(field) && value == JsonToken.VALUE_STRING) {
                    return Optional.of(json.getText());
                }
                json.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
