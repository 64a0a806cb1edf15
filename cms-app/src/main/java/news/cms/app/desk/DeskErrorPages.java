package news.cms.app.desk;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import news.cms.app.desk.DeskPages.RefusedPage;
import news.cms.core.error.ConflictException;
import news.cms.core.error.ForbiddenException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.publishing.site.Templates;

import java.util.Optional;

/**
 * The error a browser gets (a request that accepts HTML), on the desk and anywhere else: a page with
 * a title and a sentence a person can act on, in the desk's style. The newsroom's own exceptions are
 * written for people and shown as they are; anything else gets a plain sentence for its status, never
 * a class name or stack trace. API clients keep getting problem+json ({@code ProblemBodyProvider}).
 */
@Singleton
@Primary
class DeskErrorPages implements HtmlErrorResponseBodyProvider {

    private final Templates templates;

    DeskErrorPages(Templates templates) {
        this.templates = templates;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String title = Optional.ofNullable(HttpStatus.valueOf(status)).map(HttpStatus::getReason).orElse("Error");
        return templates.render("desk/refused.jte", new RefusedPage(title, message(context, status)));
    }

    private static String message(ErrorContext context, int status) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof NotFoundException || cause instanceof ForbiddenException || cause instanceof ConflictException
                || cause instanceof InvalidInputException) {
            return cause.getMessage() + (cause.getMessage().endsWith(".") ? "" : ".");
        }
        return switch (status) {
            case 400 -> "The request could not be understood. Go back, check what you entered and try again.";
            case 401 -> "Sign in to continue.";
            case 403 -> "Your role may not open this page.";
            case 404 -> "There is nothing at this address. It may have been moved or deleted.";
            case 405, 415 -> "This page cannot be used that way. Go back and use the form on the page.";
            case 413 -> "What you sent is too large.";
            default -> status >= 500
                    ? "The server could not complete this request. It has been logged; try again, and tell the site's admins if it keeps happening."
                    : "The request could not be completed.";
        };
    }
}
