package news.cms.app.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C's Nu HTML Checker (the engine of validator.w3.org/nu), run in the test JVM on a page's
 * text: its errors, each with its line and column. Warnings are not errors and are not returned.
 * Loading the HTML schema takes a few seconds, so one checker serves a whole test class.
 */
public final class NuHtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();

    public NuHtmlChecker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            validator.setUpMainSchema(HTML_SCHEMA, collect);
            validator.setUpValidatorAndParsers(collect, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML Checker could not load its HTML schema", e);
        }
    }

    /** The checker's errors for the page, none when it is valid HTML. */
    public synchronized List<String> errors(String html) {
        errors.clear();
        try {
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            errors.add("the checker stopped: " + e.getMessage());
        }
        return List.copyOf(errors);
    }
}
