package news.cms.app.desk.admin;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.desk.ChromeTest;
import news.cms.app.media.MediaFiles;
import news.cms.app.plugins.PluginJars;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin console and the media library in headless Chromium, with the screenshots of their screens. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminChromeTest extends ChromeTest {

    private static final Duration WAIT = Duration.ofSeconds(20);


    /** The media library's processor, so that uploads are checked; installed through the API. */
    @BeforeAll
    void tikaEnabled() {
        expect(201, api.upload("/api/plugins", PluginJars.built(PluginJars.MEDIA_TIKA), "media-tika.jar",
                "application/java-archive", admin));
        expect(200, api.post("/api/plugins/media-tika/enable", Map.of(), admin));
    }

    @Test
    void theAdminCreatesAReporterAndAnEditorWhoCanThenSignIn() {
        signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        chrome.open("/desk/admin");
        assertEquals(List.of("Users", "Sections", "Authors", "Plugins"), texts(".admin-nav a"));

        go("Add a user");
        chrome.type("#username", "ruth").type("#displayName", "Ruth Reporter").choose("#role", "Reporter")
                .type("#password", "short");
        go("Create account");
        assertEquals("Must be at least 10 characters.", chrome.text("#password-error"));
        assertEquals("ruth", chrome.find("#username").getAttribute("value"));
        chrome.type("#password", "Pass-for-ruth-1");
        go("Create account");
        assertTrue(chrome.text(".notice").contains("Account ruth created"), chrome.text(".notice"));
        chrome.screenshot("admin-user-edit");

        chrome.open("/desk/admin/users/new");
        chrome.type("#username", "ezra").type("#displayName", "Ezra Editor").choose("#role", "Editor")
                .type("#password", "Pass-for-ezra-1");
        go("Create account");
        assertEquals("ezra", chrome.text("h1"));

        go("All users");
        assertTrue(texts("table.users tbody tr").containsAll(List.of("ruth Ruth Reporter Reporter Enabled",
                "ezra Ezra Editor Editor Enabled")), texts("table.users tbody tr").toString());
        chrome.screenshot("admin-users");
        chrome.phone();
        chrome.screenshot("admin-users-phone");
        chrome.desktop();

        chrome.signOutEverywhere();
        signIn("ezra", "Pass-for-ezra-1");
        assertEquals("Ezra Editor", chrome.text(".who .name"));
        assertEquals("Editor", chrome.text(".who .role"));
    }

    @Test
    void theAdminAddsASectionAndAGuestByline() {
        signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        chrome.open("/desk/admin");
        go("Sections");
        chrome.type("#title", "Culture").type("#slug", "culture")
                .type("#description", "Books, film, music and the arts");
        go("Add section");
        assertTrue(chrome.text(".notice").contains("Section Culture created"));
        chrome.screenshot("admin-sections");

        go("Authors");
        chrome.type("#name", "Agence Presse").type("#bio", "The wire service.");
        go("Add byline");
        assertTrue(chrome.text(".notice").contains("added as agence-presse"), chrome.text(".notice"));
        chrome.screenshot("admin-authors");
    }

    @Test
    void theAdminInstallsTheExamplePluginReadsWhatItAsksAndEnablesAndDisablesIt() {
        signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        chrome.open("/desk/admin/plugins");
        chrome.find("#file").sendKeys(builtJar(PluginJars.HELLO).toString());
        go("Upload and check");

        assertEquals("Hello 1.0.0", chrome.text("h1"));
        assertEquals("Disabled", chrome.text(".status"));
        assertTrue(chrome.text(".permissions").contains("Add its own data to stories"), chrome.text(".permissions"));
        assertTrue(chrome.text(".permissions").contains("write:story-metadata"));
        assertTrue(chrome.text("dl.facts").contains("Newsroom CMS"));
        chrome.screenshot("admin-plugin");

        go("Enable");
        assertEquals("Enabled", chrome.text(".status"));
        assertEquals("ENABLED", api.get("/api/plugins/hello", admin).text("state"));
        go("All plugins");
        assertTrue(texts("tbody tr").contains("Hello hello 1.0.0 Enabled None"), texts("tbody tr").toString());
        chrome.screenshot("admin-plugins");

        go("Hello");
        go("Disable");
        assertEquals("Disabled", chrome.text(".status"));
        assertEquals("DISABLED", api.get("/api/plugins/hello", admin).text("state"));
    }

    @Test
    void theAdminUploadsAGeotaggedPhotoAndSeesItsWarnings() throws IOException {
        Path photo = Files.createTempDirectory("desk-media").resolve("harbour.jpg");
        Files.write(photo, MediaFiles.geotaggedJpeg());

        signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        chrome.open("/desk");
        go("Media");
        chrome.find("#file").sendKeys(photo.toString());
        go("Upload");

        assertEquals("harbour.jpg", chrome.text("h1"));
        String warnings = chrome.text(".warnings-panel");
        assertTrue(warnings.contains("GPS") && warnings.contains("Readers get a copy with this metadata removed"), warnings);
        chrome.screenshot("media-item");
        go("Media library");
        assertTrue(chrome.text("tbody tr").contains("harbour.jpg"));
        assertTrue(chrome.text("ul.warnings").contains("GPS"));
        chrome.screenshot("media");
    }

    /** Signs in through the form and waits for the desk to show who is signed in. */
    private void signIn(String username, String password) {
        chrome.signIn(username, password);
        new WebDriverWait(chrome.driver(), WAIT).until(driver -> !driver.findElements(By.cssSelector(".who")).isEmpty());
    }

    /** Presses a button or link and waits for the page it leads to, as a person waits for it to load. */
    private void go(String label) {
        WebElement before = chrome.find("html");
        chrome.press(label);
        new WebDriverWait(chrome.driver(), WAIT).until(ExpectedConditions.stalenessOf(before));
    }

    private List<String> texts(String css) {
        return chrome.findAll(css).stream().map(WebElement::getText).toList();
    }

    private static Path builtJar(String name) {
        return Path.of(System.getProperty("cms.test.plugins", "target/test-plugins")).resolve(name).toAbsolutePath();
    }
}
