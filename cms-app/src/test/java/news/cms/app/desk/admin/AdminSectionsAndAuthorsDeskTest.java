package news.cms.app.desk.admin;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.media.MediaFiles;
import news.cms.app.desk.Browser;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin adds and changes sections and bylines in the desk; what the services refuse shows next to its field. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminSectionsAndAuthorsDeskTest extends ApiTest {

    private SignedIn desk;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @BeforeAll
    void adminSignedIn() {
        desk = SignedIn.as(server.getURI(), AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
    }

    @Test
    void aSectionIsAddedAfterItsFaultsAreCorrected() {
        Browser.Page refused = desk.post("/desk/admin/sections", "title", "", "slug", "Sport Desk",
                "description", "Matches and results");
        assertEquals(400, refused.status(), refused.toString());
        Document form = refused.html();
        assertEquals("Is required.", form.selectFirst("#title-error").text());
        assertEquals("Must be lowercase ASCII words joined by '-'.", form.selectFirst("#slug-error").text());
        assertEquals("Sport Desk", form.selectFirst("input#slug").val());
        assertEquals("Matches and results", form.selectFirst("textarea#description").val());
        assertEquals("true", form.selectFirst("input#title").attr("aria-invalid"));

        Browser.Page reserved = desk.post("/desk/admin/sections", "title", "Admin", "slug", "admin", "description", "");
        assertEquals(400, reserved.status());
        assertEquals("Is reserved for the site's own pages.", reserved.html().selectFirst("#slug-error").text());

        Document added = desk.follow(desk.post("/desk/admin/sections", "title", "Sport", "slug", "sport",
                "description", "Matches and results"));
        assertTrue(added.selectFirst(".notice").text().contains("Section Sport created"), added.html());
        assertEquals(List.of("Sport", "/sport", "Matches and results"), row(added, "Sport").select("th, td").eachText());
        assertEquals(200, api.get("/api/sections/sport", admin).status());

        Browser.Page taken = desk.post("/desk/admin/sections", "title", "Sport again", "slug", "sport", "description", "");
        assertEquals(409, taken.status(), taken.toString());
        assertEquals("'sport' is already taken.", taken.html().selectFirst("#slug-error").text());
        assertEquals("Sport again", taken.html().selectFirst("input#title").val());
    }

    @Test
    void aSectionsTitleAndDescriptionChangeButItsSlugStays() {
        section("weather");
        Document edit = desk.html("/desk/admin/sections/weather");
        assertEquals("WEATHER", edit.selectFirst("input#title").val());
        assertTrue(edit.select("input#slug").isEmpty(), "the slug is not a field");

        Browser.Page blank = desk.post("/desk/admin/sections/weather", "title", " ", "description", "Rain or shine");
        assertEquals(400, blank.status(), blank.toString());
        assertEquals("Is required.", blank.html().selectFirst("#title-error").text());
        assertEquals("Rain or shine", blank.html().selectFirst("textarea#description").val());

        Document saved = desk.follow(desk.post("/desk/admin/sections/weather", "title", "Weather",
                "description", "Rain or shine"));
        assertEquals(List.of("Weather", "/weather", "Rain or shine"), row(saved, "Weather").select("th, td").eachText());
        assertEquals("Weather", api.get("/api/sections/weather", admin).text("title"));
        assertEquals(404, desk.get("/desk/admin/sections/no-such-section").status());
    }

    @Test
    void aGuestBylineIsAddedAndChangedAndStaffProfilesNameTheirAccounts() {
        user("sam", "REPORTER");
        Browser.Page refused = desk.post("/desk/admin/authors", "name", "", "slug", "Not A Slug", "bio", "Wire service");
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("Is required.", refused.html().selectFirst("#name-error").text());
        assertTrue(refused.html().selectFirst("#slug-error").text().startsWith("Must be lowercase ASCII words"));
        assertEquals("Wire service", refused.html().selectFirst("textarea#bio").val());

        Document added = desk.follow(desk.post("/desk/admin/authors", "name", "Agence Presse", "slug", "", "bio",
                "Wire service"));
        assertTrue(added.selectFirst(".notice").text().contains("added as agence-presse"), added.html());
        assertEquals(List.of("Agence Presse", "agence-presse", "Guest or agency, no account"),
                row(added, "Agence Presse").select("th, td").eachText());
        assertEquals(List.of("User sam", authorSlugOf("sam"), "Staff: sam"), row(added, "User sam").select("th, td").eachText());

        Browser.Page taken = desk.post("/desk/admin/authors", "name", "Another Agency", "slug", "agence-presse", "bio", "");
        assertEquals(409, taken.status());
        assertEquals("'agence-presse' is already taken.", taken.html().selectFirst("#slug-error").text());

        Browser.Page blank = desk.post("/desk/admin/authors/agence-presse", "name", "", "bio", "Wires");
        assertEquals(400, blank.status());
        assertEquals("Is required.", blank.html().selectFirst("#name-error").text());
        assertEquals("Wires", blank.html().selectFirst("textarea#bio").val());
        Document saved = desk.follow(desk.post("/desk/admin/authors/agence-presse", "name", "Agence Presse Wire",
                "bio", "Wires"));
        assertFalse(row(saved, "Agence Presse Wire").text().isEmpty());
        assertEquals("Wires", api.get("/api/authors/agence-presse", admin).text("bio"));

        Document staff = desk.html("/desk/admin/authors/" + authorSlugOf("sam"));
        assertTrue(staff.selectFirst(".note").text().contains("staff profile of sam"), staff.html());
    }

    @Test
    void aBylinesPhotoIsAPictureOfTheLibraryChosenByItsNumber() {
        expect(201, api.post("/api/authors", Map.of("name", "Jeongmin Kim"), admin));
        long photo = expect(201, api.upload("/api/media", MediaFiles.photo(400, 400), "kim.jpg", "image/jpeg", admin))
                .number("id");

        Browser.Page unknown = desk.post("/desk/admin/authors/jeongmin-kim", "name", "Jeongmin Kim", "bio", "",
                "photo", "987654");
        assertEquals(400, unknown.status());
        assertFalse(unknown.html().selectFirst("#photo-error").text().isEmpty());
        assertEquals("987654", unknown.html().selectFirst("#photo").val(), "what was typed stays");
        assertEquals(400, desk.post("/desk/admin/authors/jeongmin-kim", "name", "Jeongmin Kim", "bio", "",
                "photo", "a photo").status());

        desk.follow(desk.post("/desk/admin/authors/jeongmin-kim", "name", "Jeongmin Kim", "bio", "",
                "photo", Long.toString(photo)));
        assertEquals(photo, api.get("/api/authors/jeongmin-kim", admin).number("photo"));
        Document edit = desk.html("/desk/admin/authors/jeongmin-kim");
        assertTrue(edit.selectFirst("img.thumb").attr("src").startsWith("/pictures/" + photo + "/"), "the square shown");
        assertTrue(edit.selectFirst("img.thumb").attr("src").contains("-1x1-"));

        desk.follow(desk.post("/desk/admin/authors/jeongmin-kim", "name", "Jeongmin Kim", "bio", "", "photo", ""));
        assertTrue(api.get("/api/authors/jeongmin-kim", admin).json().get("photo") == null
                || api.get("/api/authors/jeongmin-kim", admin).json().get("photo").isNull(), "taken off");
    }

    private static Element row(Document list, String title) {
        return list.select("tbody tr").stream().filter(row -> row.selectFirst("th").text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + title + " in " + list.select("table").outerHtml()));
    }
}
