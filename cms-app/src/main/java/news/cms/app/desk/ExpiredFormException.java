package news.cms.app.desk;

/**
 * A desk form came without this browser's CSRF token: from another site, or from a page older than
 * the current session. Answered with a 403 page (the HTML error pages, {@code HtmlErrorPages}) and nothing done.
 */
public class ExpiredFormException extends RuntimeException {

    ExpiredFormException() {
        super("The form was missing its security token or it no longer matches. Open the desk and try again.");
    }
}
