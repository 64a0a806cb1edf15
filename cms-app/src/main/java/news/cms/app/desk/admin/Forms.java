package news.cms.app.desk.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import news.cms.app.desk.FormErrors;
import news.cms.core.account.Role;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InvalidInputException;

import java.util.Arrays;

/** What the admin console's forms send, as the services take it, and their refusals as the forms show them. */
final class Forms {

    private Forms() {
    }

    /** What a text field held; a field the browser did not send is empty. */
    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** An optional field: left empty, it is absent (null), as the API's JSON would leave it out. */
    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The role a select chose; none, or one the newsroom does not have, is no role (the service says so). */
    static @Nullable Role role(@Nullable String value) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(value)).findFirst().orElse(null);
    }

    /**
     * A refusal next to the fields it names: invalid input, or a clash such as a taken username or slug
     * (which the services report with the field at fault).
     */
    static FormErrors errors(RuntimeException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            return FormErrors.of(invalid);
        }
        if (refusal instanceof ConflictException conflict && !conflict.errors().isEmpty()) {
            return FormErrors.of(new InvalidInputException(conflict.errors()));
        }
        return FormErrors.of(FormErrors.GENERAL, refusal.getMessage());
    }

    /** 400 for input that breaks a rule, 409 for a clash with what is stored. */
    static HttpStatus status(RuntimeException refusal) {
        return refusal instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }
}
