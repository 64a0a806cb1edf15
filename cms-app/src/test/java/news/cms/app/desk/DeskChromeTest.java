package news.cms.app.desk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out of the desk in headless Chromium. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskChromeTest extends ChromeTest {

    @Test
    void aSignedOutLinkToADeskPageLeadsThroughTheSignInFormBackToThatPage() {
        chrome.open("/desk/admin");
        assertEquals("/desk?next=%2Fdesk%2Fadmin", chrome.path());
        chrome.screenshot("sign-in");
        chrome.type("#username", AdminBootstrap.USERNAME).type("#password", TestDatabase.ADMIN_PASSWORD).press("Sign in");
        assertEquals("/desk/admin", chrome.path());
        assertEquals("Users", chrome.text("h1"));
    }

    @Test
    void aWrongPasswordKeepsTheUsernameAndSaysWhy() {
        chrome.signIn("nobody-here", "wrong-password-1");
        assertTrue(chrome.text(".message").contains("Wrong username or password"), chrome.text(".message"));
        assertEquals("nobody-here", chrome.find("#username").getAttribute("value"));
        assertEquals("", chrome.find("#password").getAttribute("value"));
    }

    @Test
    void signingOutReturnsToTheSignInForm() {
        chrome.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        assertEquals("/desk", chrome.path());
        chrome.screenshot("home-admin");
        chrome.press("Administrator");
        assertEquals("Your account", chrome.text("h1"));
        chrome.screenshot("account");
        chrome.press("Sign out");
        assertEquals(1, chrome.findAll("#password").size());
        chrome.open("/desk/admin");
        assertTrue(chrome.path().startsWith("/desk?next="), chrome.path());
    }
}
