package news.cms.app.desk;

import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

/**
 * Base of the desk's tests in headless Chromium: the whole server on a clean database, as for the API
 * tests, and one browser for the class, with no cookies (nobody signed in) at the start of each test.
 * Subclasses are {@code @MicronautTest(transactional = false)} with {@code @TestInstance(PER_CLASS)}.
 */
public abstract class ChromeTest extends ApiTest {

    protected Chrome chrome;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void chromeStarted() {
        chrome = Chrome.start(server.getURI());
    }

    @AfterAll
    void chromeClosed() {
        chrome.close();
    }

    @BeforeEach
    void nobodySignedIn() {
        chrome.signOutEverywhere();
    }
}
