package news.cms.app.desk.admin;

import news.cms.app.desk.Browser;
import org.jsoup.nodes.Document;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Someone signed in to the desk in a browser without JavaScript, filling in forms as the pages give
 * them: every post carries the CSRF token of the browser's session, as the page's hidden field would.
 */
public final class SignedIn {

    private final Browser browser;
    private final String csrf;

    private SignedIn(Browser browser) {
        this.browser = browser;
        this.csrf = browser.get("/desk").html().selectFirst("form[action=/desk/sign-out] input[name=csrf]").val();
    }

    public static SignedIn as(URI server, String username, String password) {
        Browser browser = new Browser(server);
        Browser.Page signedIn = browser.signIn(username, password);
        assertEquals(303, signedIn.status(), () -> username + " could not sign in: " + signedIn);
        return new SignedIn(browser);
    }

    public Browser.Page get(String path) {
        return browser.get(path);
    }

    public Document html(String path) {
        Browser.Page page = browser.get(path);
        assertEquals(200, page.status(), () -> path + ": " + page);
        return page.html();
    }

    /** Submits a form: field names and values in turn, the CSRF token added. */
    public Browser.Page post(String path, String... fieldsAndValues) {
        return browser.post(path, fields(fieldsAndValues));
    }

    /** Submits an upload form with one file and these other fields (names and values in turn), the CSRF token added. */
    public Browser.Page upload(String path, String filename, String contentType, byte[] file, String... fieldsAndValues) {
        return browser.upload(path, fields(fieldsAndValues), filename, contentType, file);
    }

    /** Submits an upload form as a forged page would: without the token. */
    public Browser.Page uploadWithoutToken(String path, String filename, String contentType, byte[] file) {
        return browser.upload(path, Map.of(), filename, contentType, file);
    }

    /** Follows a post's redirect, as a browser does. */
    public Document follow(Browser.Page redirect) {
        assertEquals(303, redirect.status(), redirect::toString);
        return html(redirect.header("Location"));
    }

    private Map<String, String> fields(String... fieldsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return fields;
    }
}
