package news.cms.app.desk;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every desk answer, errors included: never stored by a browser or proxy (it shows one person's
 * newsroom), and a content security policy that allows no script at all and forms only to the desk,
 * unless the screen set a policy of its own.
 */
@ServerFilter({"/desk", "/desk/**"})
class DeskHeaders {

    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @ResponseFilter
    void headers(MutableHttpResponse<?> response) {
        response.getHeaders().set("Cache-Control", "no-store");
        // A screen may set a policy of its own (a story's preview lets its images come from anywhere).
        if (!response.getHeaders().contains("Content-Security-Policy")) {
            response.getHeaders().set("Content-Security-Policy", POLICY);
        }
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().set("Referrer-Policy", "same-origin");
    }
}
