package news.cms.app.problem;

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
import news.cms.publishing.site.ReaderErrorPages;
import news.cms.publishing.site.Templates;

import java.util.Optional;

/**
 * The error a browser gets (a request that accepts HTML): a page with a title and a sentence a person
 * can act on, never a class name or stack trace. On the desk and the API it is in the desk's style and
 * the newsroom's own exceptions, written for people, are shown as they are; anywhere else the reader
 * gets the public site's error page ({@link ReaderErrorPages}). API clients keep getting problem+json
 * ({@link ProblemBodyProvider}).
 */
@Singleton
@Primary
class HtmlErrorPages implements HtmlErrorResponseBodyProvider {

    private final Templates templates;
    private final ReaderErrorPages readerPages;

    HtmlErrorPages(Templates templates, ReaderErrorPages readerPages) {
        this.templates = templates;
        this.readerPages = readerPages;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        if (!forStaff(context.getRequest().getPath())) {
            return readerPages.page(status);
        }
        String title = Optional.ofNullable(HttpStatus.valueOf(status)).map(HttpStatus::getReason).orElse("Error");
        return templates.render("desk/refused.jte", new RefusedPage(title, message(context, status)));
    }

    private static boolean forStaff(String path) {
        return path.equals("/desk") || path.startsWith("/desk/") || path.equals("/api") || path.startsWith("/api/");
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
