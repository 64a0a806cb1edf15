package news.cms.editorial.story;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** Reads a {@link BylineEntry} from a slug or from {@code {slug, credit}}; anything else names the field. */
@Singleton
public class BylineEntryDeserializer implements Deserializer<BylineEntry> {

    private static final Set<String> FIELDS = Set.of("slug", "credit");

    @Override
    public BylineEntry deserialize(Decoder decoder, DecoderContext context, Argument<? super BylineEntry> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value == null) {
            return null;
        }
        if (value instanceof String slug) {
            return new BylineEntry(slug, null);
        }
        if (value instanceof Map<?, ?> entry && FIELDS.containsAll(entry.keySet())
                && entry.get("slug") instanceof String slug
                && (entry.get("credit") == null || entry.get("credit") instanceof String)) {
            return new BylineEntry(slug, (String) entry.get("credit"));
        }
        throw decoder.createDeserializationException(
                "Expected text for [bylines] but got something else: each byline is an author slug or {slug, credit}", value);
    }
}
