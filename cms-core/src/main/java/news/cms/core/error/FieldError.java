package news.cms.core.error;

import io.micronaut.serde.annotation.Serdeable;

/** One field at fault in a request: its name as the client sent it and what is wrong with it. */
@Serdeable
public record FieldError(String field, String message) {
}
