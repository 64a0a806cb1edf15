package news.cms.app.desk.queue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.desk.ChromeTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor's shift on the queue, the schedule board and a preview link, in headless Chromium. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueChromeTest extends ChromeTest {

    private static final ZoneId NEWSROOM = ZoneId.of("America/New_York");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private String reporter;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.timezone", NEWSROOM.getId());
        return props;
    }

    @BeforeAll
    void newsroom() {
        section("city");
        reporter = user("rosa", "REPORTER");
        user("eva", "EDITOR");
    }

    @Test
    void anEditorReturnsOneStorySchedulesAnotherPublishesItNowAndTakesItDownAgain() {
        signIn("eva");
        long bridge = submitted("Council votes on the new bridge", "The council meets on **Tuesday** to vote on the bridge.\n\n"
                + "- 31 councillors\n- one bridge\n\nThe debate is [open to the public](https://example.org/council).");
        long library = submitted("Library opens late on Fridays", "From next month the central library stays open until 22:00.");
        chrome.open("/desk/queue");
        assertEquals(List.of("Council votes on the new bridge", "Library opens late on Fridays"), queued());
        chrome.screenshot("queue");
        chrome.phone().open("/desk/queue");
        chrome.screenshot("queue-phone");
        chrome.desktop();

        // the older one goes back to its reporter with a note
        press("Council votes on the new bridge");
        assertEquals("/desk/queue/" + bridge, chrome.path());
        assertEquals("Tuesday", chrome.text("article.preview .body strong"));
        chrome.screenshot("queue-review");
        chrome.type("#note", "Please add how each party voted.");
        press("Return to reporter");
        assertEquals("/desk/queue", chrome.path());
        assertEquals("Returned to the reporter with your note: “Council votes on the new bridge”.", chrome.text(".notice"));
        assertEquals(List.of("Library opens late on Fridays"), queued());
        assertEquals("DRAFT", api.get("/api/stories/" + bridge, reporter).text("status"));

        // the other is approved and scheduled a minute ahead, in the newsroom's zone
        press("Library opens late on Fridays");
        press("Approve");
        assertTrue(chrome.text(".notice").startsWith("Approved"), chrome.text(".notice"));
        ZonedDateTime at = ZonedDateTime.now(NEWSROOM).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        enter("#date", at.toLocalDate().toString(), at, "MMddyyyy", "ddMMyyyy", "yyyyMMdd");
        enter("#time", at.toLocalTime().toString(), at, "HHmm", "hhmma");
        submit(() -> chrome.find("form[action$='/schedule'] button").click());
        assertEquals("Scheduled for " + SHOWN.format(at) + " (America/New_York).", chrome.text(".notice"));
        assertEquals(at.toInstant(), Instant.parse(api.get("/api/stories/" + library, reporter).text("scheduledAt")));

        chrome.open("/desk/schedule");
        WebElement row = chrome.find("table.upcoming tbody tr");
        assertEquals("Library opens late on Fridays", row.findElement(By.cssSelector("th")).getText());
        assertEquals(SHOWN.format(at), row.findElement(By.cssSelector("time")).getText());
        chrome.screenshot("schedule");

        // published at once instead, it is on its public page
        press("Library opens late on Fridays");
        press("Publish now");
        assertEquals("Published: the story is live.", chrome.text(".notice"));
        String articleUrl = chrome.find("a[href^='/20']").getAttribute("href");
        chrome.driver().get(articleUrl);
        assertEquals("Library opens late on Fridays", chrome.text("article h1"));

        // and taken down with a reason
        chrome.open("/desk/queue/" + library);
        chrome.type("#reason", "The opening hours are not confirmed yet.");
        press("Unpublish");
        assertEquals("Unpublished: the story is gone from the public site.", chrome.text(".notice"));
        assertEquals("Unpublished", chrome.text("p .status"));
        assertEquals(404, api.getAsBrowser(URI.create(articleUrl).getRawPath()).status());
    }

    @Test
    void anEditorCorrectsALiveStoryAndSharesAPreviewOfAnother() {
        long live = submitted("Market moves to the square", "The market moves on **Saturday**.");
        expect(200, api.post("/api/stories/" + live + "/publish", body(), admin));
        long upcoming = submitted("Tram line opens in spring", "The new line runs from the station to the harbour.\n\n"
                + "## What changes\n\nBuses 4 and 7 stop at the harbour.");

        signIn("eva");
        chrome.open("/desk/queue/" + live);
        press("Correct the story");
        assertEquals("/desk/queue/" + live + "/correct", chrome.path());
        chrome.type("#note", "An earlier version gave the wrong day for the move.");
        chrome.type("#body", "The market moves on **Sunday**.");
        chrome.screenshot("queue-correct");
        press("Publish the correction");
        assertEquals("/desk/queue/" + live, chrome.path());
        assertTrue(chrome.text(".notice").startsWith("Correction published"), chrome.text(".notice"));
        assertEquals("Sunday", chrome.text("article.preview .body strong"));
        chrome.driver().get(chrome.find("a[href^='/20']").getAttribute("href"));
        assertTrue(chrome.text("aside.correction").contains("An earlier version gave the wrong day for the move."));

        chrome.open("/desk/queue/" + upcoming);
        press("Preview link");
        assertTrue(chrome.path().startsWith("/desk/preview/links/"), chrome.path());
        String url = chrome.find("#preview-url").getAttribute("value");
        chrome.signOutEverywhere();
        chrome.driver().get(url);
        assertEquals("Preview — not published", chrome.text(".preview-banner"));
        assertEquals("Tram line opens in spring", chrome.text("article h1"));
        assertEquals("What changes", chrome.text("article .body h2"));
        chrome.screenshot("preview");
    }

    /** Presses a button or link and waits for the page it leads to. */
    private void press(String label) {
        submit(() -> chrome.press(label));
    }

    /**
     * Does what leads to another page and waits until that page has replaced this one: a click on a
     * form's button may return before the browser has even sent the form.
     */
    private void submit(Runnable click) {
        WebElement page = chrome.find("html");
        click.run();
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private void signIn(String username) {
        chrome.signIn(username, "Pass-for-" + username + "-1");
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15))
                .until(driver -> driver.findElements(By.id("password")).isEmpty());
    }

    /**
     * Types a time into a date or time input as a person would, in the field order of the browser's
     * locale, which the page does not choose: each order in turn until the field holds {@code value}.
     */
    private void enter(String css, String value, ZonedDateTime at, String... orders) {
        for (String order : orders) {
            WebElement field = chrome.find(css);
            field.clear();
            field.sendKeys(at.format(DateTimeFormatter.ofPattern(order, Locale.US)));
            if (value.equals(field.getAttribute("value"))) {
                return;
            }
        }
        throw new AssertionError(css + " would not take " + value + "; it holds " + chrome.find(css).getAttribute("value"));
    }

    /** The headlines in the queue of this test's two stories, in the queue's order. */
    private List<String> queued() {
        return chrome.findAll("table.queue tbody th a").stream().map(WebElement::getText)
                .filter(headline -> headline.startsWith("Council") || headline.startsWith("Library")).toList();
    }

    private long submitted(String headline, String body) {
        long id = expect(201, api.post("/api/stories", draft(headline).with("section", "city").with("body", body)
                .with("dek", "Dek of " + headline), reporter)).number("id");
        expect(200, api.post("/api/stories/" + id + "/submit", body(), reporter));
        return id;
    }
}
