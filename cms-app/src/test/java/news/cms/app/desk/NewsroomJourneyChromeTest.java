package news.cms.app.desk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole journey, in headless Chromium and nothing but the desk: the admin creates a
 * section, a reporter and an editor; the reporter writes and submits a story; the editor returns it
 * with a note; the reporter sees the note, fixes the story and submits it again; the editor approves
 * it and schedules it in the newsroom's time zone (not the server's: Asia/Kolkata, UTC+05:30), sees
 * it on the schedule board and then live on its public page and section front.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomJourneyChromeTest extends ChromeTest {

    private static final ZoneId NEWSROOM = ZoneId.of("Asia/Kolkata");


    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.timezone", NEWSROOM.getId());
        return props;
    }

    @Test
    void aStoryGoesFromTheReportersDraftThroughTheEditorToThePublicSite() throws InterruptedException {
        // The admin sets up the newsroom.
        chrome.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        chrome.nav("Admin").press("Sections");
        chrome.type("#title", "City").type("#slug", "city").type("#description", "News from the city").press("Add section");
        createUser("rita", "Rita Reporter", "Reporter", "Rita-password-1");
        createUser("eddie", "Eddie Editor", "Editor", "Eddie-password-1");
        chrome.press("Users");
        assertTrue(chrome.text("table").contains("rita") && chrome.text("table").contains("eddie"), chrome.text("main"));
        chrome.press("Sign out");

        // The reporter writes and submits.
        chrome.signIn("rita", "Rita-password-1");
        chrome.nav("My stories").press("New story");
        chrome.type("#headline", "Harbour bridge to reopen on Monday")
                .type("#dek", "Repairs finished two weeks early, the council says")
                .type("#body", "The harbour bridge will reopen to traffic on **Monday**.")
                .choose("#section", "City")
                .type("#tags", "transport, harbour");
        chrome.press("Save");
        assertTrue(chrome.text(".notice").length() > 0, chrome.text("main"));
        chrome.press("Submit for review");
        chrome.nav("My stories");
        assertTrue(chrome.text("main").contains("Submitted"), chrome.text("main"));
        chrome.press("Sign out");

        // The editor returns it with a note.
        chrome.signIn("eddie", "Eddie-password-1");
        chrome.nav("Queue").press("Harbour bridge to reopen on Monday");
        chrome.screenshot("journey-review");
        chrome.type("#note", "Add a quote from the council, please.").press("Return to reporter");
        chrome.press("Sign out");

        // The reporter sees the note, fixes the story and submits it again.
        chrome.signIn("rita", "Rita-password-1");
        chrome.nav("My stories").press("Harbour bridge to reopen on Monday");
        assertTrue(chrome.text("main").contains("Add a quote from the council, please."), chrome.text("main"));
        chrome.screenshot("journey-returned");
        chrome.type("#body", "The harbour bridge will reopen to traffic on **Monday**.\n\n"
                + "\"We are proud of the crews,\" the council's engineer said.");
        chrome.press("Save").press("Submit for review");
        chrome.press("Sign out");

        // The editor approves and schedules it in the newsroom's zone, then sees it go live.
        chrome.signIn("eddie", "Eddie-password-1");
        chrome.nav("Queue").press("Harbour bridge to reopen on Monday");
        chrome.press("Approve");
        // The form takes minutes: the next whole minute at least five seconds away, in the newsroom's zone.
        ZonedDateTime at = ZonedDateTime.now(NEWSROOM).plusSeconds(5).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        chrome.fill("#date", at.format(DateTimeFormatter.ISO_LOCAL_DATE))
                .fill("#time", at.format(DateTimeFormatter.ofPattern("HH:mm")))
                .press("Schedule");
        assertTrue(chrome.text(".notice").contains(at.format(DateTimeFormatter.ofPattern("HH:mm"))), chrome.text(".notice"));
        chrome.nav("Schedule");
        assertTrue(chrome.text("main").contains("Harbour bridge to reopen on Monday"), chrome.text("main"));
        chrome.screenshot("journey-schedule");

        waitUntil(at.toInstant().plusSeconds(10), () -> {
            chrome.open("/city");
            return chrome.text("main").contains("Harbour bridge to reopen on Monday");
        });
        chrome.screenshot("journey-front");
        chrome.press("Harbour bridge to reopen on Monday");
        assertEquals("Harbour bridge to reopen on Monday", chrome.text("h1"));
        assertTrue(chrome.text("article").contains("We are proud of the crews"), chrome.text("article"));
        chrome.screenshot("journey-live");
    }

    private void createUser(String username, String name, String role, String password) {
        chrome.press("Users").press("Add a user");
        chrome.type("#username", username).type("#displayName", name).choose("#role", role).type("#password", password);
        chrome.press("Create account");
    }

    private static void waitUntil(Instant deadline, java.util.function.BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not done by " + deadline);
            }
            Thread.sleep(Duration.ofMillis(500).toMillis());
        }
    }
}
