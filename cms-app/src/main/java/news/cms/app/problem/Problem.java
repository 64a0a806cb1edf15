package news.cms.app.problem;

import io.micronaut.serde.annotation.Serdeable;
import news.cms.core.error.FieldError;

import java.util.List;

/**
 * An error answer as RFC 9457 {@code application/problem+json}: the status, a short title, a detail
 * a person can act on, and for invalid input every field at fault.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
}
