package news.cms.app.desk;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A desk form without its CSRF token: refused with a page that says what to do, nothing done. */
@Singleton
class ExpiredForms implements ExceptionHandler<ExpiredFormException, MutableHttpResponse<String>> {

    private final DeskView view;

    ExpiredForms(DeskView view) {
        this.view = view;
    }

    @Override
    public MutableHttpResponse<String> handle(HttpRequest request, ExpiredFormException exception) {
        return view.refused(request, HttpStatus.FORBIDDEN, "This form has expired", exception.getMessage());
    }
}
