package news.cms.app.desk;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Refusals by the security rules, on the desk: a signed-out person (or one whose session has ended)
 * is taken to the sign-in form, which returns them to the page they asked for; a signed-in person
 * whose role may not open a screen gets a page saying so. The API keeps its 401 and 403 answers.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class DeskAuthorization extends DefaultAuthorizationExceptionHandler {

    private final DeskView view;

    DeskAuthorization(ErrorResponseProcessor<?> processor, RedirectConfiguration redirects, RedirectService redirectService,
                      @Nullable PriorToLoginPersistence priorToLogin, DeskView view) {
        super(processor, redirects, redirectService, priorToLogin);
        this.view = view;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!DeskCookies.onDesk(request)) {
            return super.handle(request, exception);
        }
        if (exception.isForbidden()) {
            boolean admin = request.getPath().startsWith(DeskCookies.PATH + "/admin");
            return view.refused(request, HttpStatus.FORBIDDEN, admin ? "Admins only" : "Editors only",
                    admin ? "The admin screens are for admins. Ask one if you need a change to users, sections or plugins."
                            : "This screen is for editors. Your stories are under My stories.");
        }
        String back = request.getMethod() == HttpMethod.GET ? request.getUri().toString() : DeskCookies.PATH;
        return view.seeOther(DeskCookies.PATH + (back.equals(DeskCookies.PATH) ? ""
                : "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
    }
}
