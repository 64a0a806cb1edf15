package news.cms.app.desk.stories;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.desk.ChromeTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import news.cms.app.media.MediaFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reporter's day at the desk in headless Chromium: write, preview, save, submit; and a save that came second. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryDeskChromeTest extends ChromeTest {

    private String rita;
    private String edna;

    @BeforeAll
    void newsroom() {
        section("news");
        section("sport");
        rita = user("rita", "REPORTER");
        user("sam", "REPORTER");
        edna = user("edna", "EDITOR");
    }

    @Test
    void aReporterWritesPreviewsSavesAndSubmitsAStoryWithTwoBylines() {
        // the rest of her week: a draft in progress and a story an editor has scheduled
        create(rita, "Council debates the budget", "news");
        long scheduled = create(rita, "Marathon route announced", "sport");
        expect(200, api.post("/api/stories/" + scheduled + "/schedule", Map.of("publishAt", "2099-05-01T07:00:00Z"), edna));

        signIn("rita");
        chrome.open("/desk/stories");
        chrome.press("New story");
        assertEquals("/desk/stories/new", chrome.path());
        assertEquals("User rita", selected("#author-1"), "her own byline comes first");
        chrome.type("#headline", "Night buses return to the city centre")
                .type("#dek", "Four routes run again from Friday.")
                .type("#body", "The **night buses** are back after two years.\n\nRoutes running again:\n\n- N1 to the harbour\n- N4 to the university")
                .choose("#section", "NEWS")
                .choose("#author-2", "User sam")
                .type("#credit-2", "Additional reporting by")
                .type("#tags", "transport, night life");

        chrome.press("Preview");
        assertEquals("night buses", chrome.text(".preview .story-body strong"));
        assertEquals(List.of("N1 to the harbour", "N4 to the university"),
                chrome.findAll(".preview .story-body li").stream().map(WebElement::getText).toList());
        assertEquals("Night buses return to the city centre", chrome.find("#headline").getAttribute("value"));
        assertEquals("User sam", selected("#author-2"), "everything typed is still in the form");
        assertEquals("Additional reporting by", chrome.find("#credit-2").getAttribute("value"));
        chrome.screenshot("stories-preview");

        chrome.press("Save");
        assertTrue(chrome.path().matches("/desk/stories/\\d+"), chrome.path());
        assertEquals("Saved as a draft.", chrome.text(".notice"));
        long id = Long.parseLong(chrome.path().substring("/desk/stories/".length()));
        JsonNode story = expect(200, api.get("/api/stories/" + id, rita)).json();
        assertEquals(List.of(authorSlugOf("rita"), authorSlugOf("sam")), bylineSlugs(story));
        assertEquals("Additional reporting by", story.get("bylines").get(1).get("credit").getStringValue());
        assertEquals(List.of("transport", "night life"), strings(story.get("tags")));
        assertTrue(story.get("body").getStringValue().contains("- N1 to the harbour\n- N4"), story.get("body").getStringValue());

        chrome.open("/desk/stories");
        assertTrue(headlinesUnder("draft").contains("Night buses return to the city centre"), headlinesUnder("draft").toString());

        chrome.open("/desk/stories/" + id);
        assertEquals("Draft", chrome.text(".story-meta .status"));
        chrome.screenshot("stories-editor");
        chrome.press("Submit for review");
        assertEquals("Submitted for review.", chrome.text(".notice"));
        assertEquals("Submitted", chrome.text(".story-meta .status"));
        assertEquals("SUBMITTED", expect(200, api.get("/api/stories/" + id, rita)).json().get("status").getStringValue());

        chrome.open("/desk/stories");
        assertEquals(List.of("Night buses return to the city centre"), headlinesUnder("submitted"));
        assertTrue(!headlinesUnder("draft").contains("Night buses return to the city centre"));
        assertEquals(List.of("Marathon route announced"), headlinesUnder("scheduled"));
        assertTrue(chrome.text("#state-scheduled ~ .table-wrap tbody").contains("2099"), "when it goes live");
        chrome.screenshot("stories-list");
        chrome.phone();
        try {
            chrome.open("/desk/stories");
            chrome.screenshot("stories-list-phone");
            assertTrue(chrome.find("a.button").isDisplayed());
        } finally {
            chrome.desktop();
        }
    }

    @Test
    void aSaveAfterSomeoneElsesShowsBothVersionsAndTheSecondSaveKeepsTheTyping() {
        long id = create(rita, "Harbour crane collapses", "news");
        signIn("rita");
        chrome.open("/desk/stories/" + id);
        // while she types, an editor saves a version of their own
        expect(200, api.put("/api/stories/" + id, draft("Harbour crane collapses, no one hurt")
                .with("body", "A crane fell at the container terminal on Tuesday night.\n\nNo one was hurt.")
                .with("version", 1), edna));
        chrome.type("#headline", "Harbour crane falls onto a ship")
                .type("#body", "A crane fell onto a cargo ship at the container terminal.\n\nThe port is closed.");
        chrome.press("Save");

        assertTrue(chrome.text("#conflict-title").contains("Someone else saved this story"));
        assertEquals("Harbour crane collapses, no one hurt", chrome.text("#saved-headline"));
        assertEquals("Harbour crane falls onto a ship", chrome.text("#typed-headline"));
        assertEquals("Harbour crane falls onto a ship", chrome.find("#headline").getAttribute("value"));
        assertTrue(chrome.find("#body").getAttribute("value").contains("The port is closed."));
        chrome.screenshot("stories-conflict");

        chrome.press("Save");
        assertEquals("Saved.", chrome.text(".notice"));
        JsonNode story = expect(200, api.get("/api/stories/" + id, rita)).json();
        assertEquals("Harbour crane falls onto a ship", story.get("headline").getStringValue());
        assertEquals(3, story.get("version").getLongValue());

        chrome.press("Revisions");
        assertEquals(List.of("Revision 3", "Revision 2", "Revision 1"),
                chrome.findAll("table.revisions tbody th").stream().map(WebElement::getText).toList());
        chrome.screenshot("stories-revisions");
        chrome.press("Revision 3");
        assertEquals("Revision 3 of “Harbour crane falls onto a ship”", chrome.text("h1"));
        assertTrue(chrome.text("#diff-headline del").contains("collapses, no one hurt"), chrome.text("#diff-headline"));
        assertTrue(chrome.text("#diff-headline ins").contains("falls onto a ship"), chrome.text("#diff-headline"));
        chrome.screenshot("stories-diff");
    }

    @Test
    void aReporterUploadsALeadImageDescribesItAndChoosesWhatItsCropsKeep() throws Exception {
        long id = create(rita, "Fishing fleet returns to Sokcho", "news");
        Path photo = Files.createTempDirectory("cms-chrome-").resolve("sokcho-harbour.jpg");
        Files.write(photo, MediaFiles.photo(1600, 1000));

        signIn("rita");
        chrome.open("/desk/stories/" + id);
        chrome.find("#lead-file").sendKeys(photo.toString());
        chrome.press("Upload as the lead image");
        assertTrue(chrome.text(".notice").startsWith("sokcho-harbour.jpg is the lead image."), chrome.text(".notice"));

        chrome.type("#lead-alt", "Fishing boats moored three deep along the quay at dawn")
                .type("#lead-credit", "Min Park");
        chrome.find("input[name=lead-focal][value='0.500,0.167']").click(); // top centre: the boats, not the water
        chrome.press("Save");
        assertTrue(chrome.text(".notice").contains("new focal point"), chrome.text(".notice"));
        List<WebElement> crops = chrome.findAll("fieldset.lead-image .crops img");
        assertEquals(3, crops.size());
        for (WebElement crop : crops) {
            assertTrue((Boolean) ((JavascriptExecutor) chrome.driver()).executeScript(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0", crop), crop.getAttribute("src"));
        }
        JsonNode lead = expect(200, api.get("/api/stories/" + id, rita)).json().get("leadImage");
        assertEquals("Fishing boats moored three deep along the quay at dawn", lead.get("alt").getStringValue());
        assertEquals("Min Park", lead.get("credit").getStringValue());
        chrome.screenshot("stories-lead-image");

        chrome.open("/desk/media?q=sokcho");
        assertEquals("sokcho-harbour.jpg", chrome.text("tbody th"));
        chrome.screenshot("media-pictures");
        chrome.open("/desk/media/" + lead.get("media").getLongValue());
        assertEquals("Top centre", chrome.find("input[name=focal]:checked").findElement(By.xpath("..")).getText().strip());
        chrome.screenshot("media-picture");
    }

    private void signIn(String username) {
        chrome.open("/desk").type("#username", username).type("#password", "Pass-for-" + username + "-1");
        chrome.press("Sign in");
        assertEquals("/desk", chrome.path());
    }

    private long create(String token, String headline, String section) {
        return expect(201, api.post("/api/stories", draft(headline).with("section", section), token)).number("id");
    }

    private String selected(String select) {
        return new Select(chrome.find(select)).getFirstSelectedOption().getText();
    }

    private List<String> headlinesUnder(String state) {
        return chrome.findAll("#state-" + state + " ~ .table-wrap tbody th a").stream().map(WebElement::getText).toList();
    }
}
