package news.cms.app.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import news.cms.core.error.ConflictException;
import news.cms.core.error.FieldError;
import news.cms.core.error.InvalidInputException;
import news.cms.core.translation.TranslationUnavailableException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns every error answer of the server, ours and the framework's, into a {@link Problem}. Messages
 * that come from libraries are rewritten by {@link RequestFaults} into plain words: no class names,
 * no stack traces ever reach a client.
 */
@Singleton
@Primary
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    static final String CONTENT_TYPE = "application/problem+json";

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String title = Optional.ofNullable(HttpStatus.valueOf(status)).map(HttpStatus::getReason).orElse("Error");
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof InvalidInputException invalid) {
            return problem(status, title, detail(invalid.errors(), invalid.getMessage()), invalid.errors());
        }
        if (cause instanceof ConflictException conflict) {
            return problem(status, title, conflict.getMessage(), conflict.errors());
        }
        if (cause instanceof TranslationUnavailableException unavailable) {
            return problem(status, title, unavailable.getMessage(), List.of()); // written for editors and admins
        }
        if (status >= 500) {
            return problem(status, title, "The server could not complete this request. It has been logged; "
                    + "try again, and tell the site's admins if it keeps happening.", List.of());
        }
        Optional<FieldError> fault = RequestFaults.explain(cause);
        if (fault.isPresent()) {
            List<FieldError> errors = fault.get().field().isEmpty() ? List.of() : List.of(fault.get());
            String detail = fault.get().field().isEmpty() ? fault.get().message() : detail(errors, null);
            return problem(status, title, detail, errors);
        }
        return fromContext(context, status, title);
    }

    private static Problem fromContext(ErrorContext context, int status, String title) {
        List<FieldError> errors = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Error error : context.getErrors()) {
            String message = RequestFaults.plain(error.getMessage());
            error.getPath().ifPresentOrElse(path -> errors.add(new FieldError(path, message)), () -> messages.add(message));
        }
        String detail = messages.isEmpty() ? (errors.isEmpty() ? title : detail(errors, null)) : String.join("; ", messages);
        return problem(status, title, detail, errors);
    }

    private static String detail(List<FieldError> errors, String fallback) {
        if (errors.isEmpty()) {
            return fallback;
        }
        List<String> parts = errors.stream().map(e -> e.field() + " " + e.message()).toList();
        return String.join("; ", parts);
    }

    private static Problem problem(int status, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, errors);
    }
}
