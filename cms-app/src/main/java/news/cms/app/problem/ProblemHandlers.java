package news.cms.app.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ErrorResponseProcessorExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import news.cms.app.security.SignInRefusedException;
import news.cms.core.error.BusyException;
import news.cms.core.error.ConflictException;
import news.cms.core.error.ForbiddenException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.translation.TranslationUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;

/** The HTTP status of each domain exception; {@link ProblemBodyProvider} writes the body. */
final class ProblemHandlers {

    private ProblemHandlers() {
    }

    /** A domain exception that always means one status. */
    abstract static class StatusHandler<E extends RuntimeException> extends ErrorResponseProcessorExceptionHandler<E> {
        private final HttpStatus status;

        StatusHandler(ErrorResponseProcessor<?> processor, HttpStatus status) {
            super(processor);
            this.status = status;
        }

        @Override
        protected MutableHttpResponse<?> createResponse(E e) {
            return HttpResponse.status(status);
        }
    }

    @Singleton
    static class InvalidInput extends StatusHandler<InvalidInputException> {
        InvalidInput(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.BAD_REQUEST);
        }
    }

    @Singleton
    static class NotFound extends StatusHandler<NotFoundException> {
        NotFound(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.NOT_FOUND);
        }
    }

    @Singleton
    static class Forbidden extends StatusHandler<ForbiddenException> {
        Forbidden(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.FORBIDDEN);
        }
    }

    @Singleton
    static class Conflict extends StatusHandler<ConflictException> {
        Conflict(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.CONFLICT);
        }
    }

    /** 503 with when to try again: the work's workers are all busy (pictures being decoded, say). */
    @Singleton
    static class Busy extends ErrorResponseProcessorExceptionHandler<BusyException> {
        Busy(ErrorResponseProcessor<?> processor) {
            super(processor);
        }

        @Override
        protected MutableHttpResponse<?> createResponse(BusyException e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
    }

    /** 503 when nothing provides translations, 502 when the service failed, 504 when it was too slow. */
    @Singleton
    static class TranslationUnavailable extends ErrorResponseProcessorExceptionHandler<TranslationUnavailableException> {
        TranslationUnavailable(ErrorResponseProcessor<?> processor) {
            super(processor);
        }

        @Override
        protected MutableHttpResponse<?> createResponse(TranslationUnavailableException e) {
            return HttpResponse.status(switch (e.reason()) {
                case NO_PROVIDER -> HttpStatus.SERVICE_UNAVAILABLE;
                case PROVIDER_FAILED -> HttpStatus.BAD_GATEWAY;
                case PROVIDER_TIMED_OUT -> HttpStatus.GATEWAY_TIMEOUT;
            });
        }
    }

    @Singleton
    static class SignInRefused extends ErrorResponseProcessorExceptionHandler<SignInRefusedException> {
        SignInRefused(ErrorResponseProcessor<?> processor) {
            super(processor);
        }

        @Override
        protected MutableHttpResponse<?> createResponse(SignInRefusedException e) {
            if (e.retryAfter() == null) {
                return HttpResponse.unauthorized();
            }
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
    }

    /**
     * A write the database refused because of a unique or foreign key that our own checks could not
     * see coming (two requests racing for one slug): a conflict, not a server fault.
     */
    @Singleton
    static class DataAccess extends ErrorResponseProcessorExceptionHandler<DataAccessException> {
        private static final Logger LOG = LoggerFactory.getLogger(DataAccess.class);

        DataAccess(ErrorResponseProcessor<?> processor) {
            super(processor);
        }

        @Override
        public HttpResponse<?> handle(io.micronaut.http.HttpRequest request, DataAccessException e) {
            if (isIntegrityViolation(e)) {
                ConflictException conflict = new ConflictException(
                        "Someone else changed the same data at the same moment; reload and try again");
                return responseProcessor.processResponse(ErrorContext.builder(request).cause(conflict)
                        .errorMessage(conflict.getMessage()).build(), HttpResponse.status(HttpStatus.CONFLICT));
            }
            LOG.error("Database error on {} {}", request.getMethod(), request.getPath(), e);
            return super.handle(request, e);
        }

        @Override
        protected MutableHttpResponse<?> createResponse(DataAccessException e) {
            return HttpResponse.serverError();
        }

        private static boolean isIntegrityViolation(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    return true;
                }
            }
            return false;
        }
    }
}
