package news.cms.app.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Text fields accept JSON strings (or null) and nothing else. Micronaut Serde 2 would read
 * {@code ["a"]} as {@code "a"} and {@code 123} as {@code "123"}; a client that sends those has made a
 * mistake we must report (400 naming the field) rather than store a guess.
 */
@Singleton
@Primary
class StrictTextDeserializer implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw decoder.createDeserializationException(
                "Expected text for [" + type.getName() + "] but got " + kind(value), value);
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return deserialize(decoder, context, type);
    }

    private static String kind(Object value) {
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return value instanceof Boolean ? "true or false" : "a number";
    }
}
