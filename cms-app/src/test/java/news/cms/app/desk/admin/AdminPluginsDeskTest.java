package news.cms.app.desk.admin;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.desk.Browser;
import news.cms.app.plugins.PluginJars;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An admin manages plugins in the desk: uploads refused with the reason, a plugin's manifest and
 * permissions before enabling it, uninstalling after a confirmation, and a plugin the server stopped.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPluginsDeskTest extends ApiTest {

    private SignedIn desk;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.cleanProperties());
        properties.put("cms.plugins.timeout", "300ms");
        return properties;
    }

    @BeforeAll
    void adminSignedIn() {
        section("news");
        desk = SignedIn.as(server.getURI(), AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
    }

    @AfterEach
    void uninstallEverything() {
        for (var plugin : expect(200, api.get("/api/plugins", admin)).json().values()) {
            expect(204, api.send("DELETE", "/api/plugins/" + plugin.get("id").getStringValue(), null, null, admin));
        }
    }

    @Test
    void aFileThatIsNotAPluginJarIsRefusedWithTheReason() {
        Browser.Page refused = desk.upload("/desk/admin/plugins", "hello-plugin.jar", "application/java-archive",
                "this is a text file, not a JAR".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.toString());
        Document form = refused.html();
        String reason = form.selectFirst("#file-error").text();
        assertTrue(reason.toLowerCase().contains("jar"), reason);
        assertEquals("true", form.selectFirst("input#file").attr("aria-invalid"));
        assertTrue(form.selectFirst(".errors").text().contains("Nothing was saved"));

        Browser.Page nothingChosen = desk.upload("/desk/admin/plugins", "", "application/octet-stream", new byte[0]);
        assertEquals(400, nothingChosen.status(), nothingChosen.toString());
        assertEquals("Choose a plugin JAR to upload.", nothingChosen.html().selectFirst("#file-error").text());

        assertEquals("[]", api.get("/api/plugins", admin).body());
        assertTrue(desk.html("/desk/admin/plugins").text().contains("No plugin is installed"));
    }

    @Test
    void anUploadWithoutTheFormsTokenInstallsNothing() {
        Browser.Page forged = desk.uploadWithoutToken("/desk/admin/plugins", "hello-plugin.jar",
                "application/java-archive", PluginJars.built(PluginJars.HELLO));
        assertEquals(403, forged.status(), forged.toString());
        assertEquals("[]", api.get("/api/plugins", admin).body());
    }

    @Test
    void aPluginShowsWhatItAsksBeforeItIsEnabledAndIsUninstalledOnlyAfterConfirming() {
        Document plugin = desk.follow(desk.upload("/desk/admin/plugins", "hello-plugin.jar", "application/java-archive",
                PluginJars.built(PluginJars.HELLO)));
        assertTrue(plugin.selectFirst(".notice").text().contains("Hello 1.0.0 is installed and disabled"), plugin.html());
        assertEquals("Hello 1.0.0", plugin.selectFirst("h1").text());
        assertEquals("Disabled", plugin.selectFirst(".status").text());
        assertEquals(List.of("Add its own data to stories (for example a reading time), shown with them on the site. write:story-metadata"),
                plugin.select(".permissions li").eachText().subList(0, 1));
        assertTrue(plugin.select(".permissions li").eachText().stream().anyMatch(text -> text.contains("StoryListener")));
        assertNotNull(plugin.selectFirst("form[action=/desk/admin/plugins/hello/enable]"));

        Browser.Page again = desk.upload("/desk/admin/plugins", "hello-plugin.jar", "application/java-archive",
                PluginJars.built(PluginJars.HELLO));
        assertEquals(400, again.status(), again.toString());
        assertTrue(again.html().selectFirst("#file-error").text().contains("1.0.0 is installed"));

        Document enabled = desk.follow(desk.post("/desk/admin/plugins/hello/enable"));
        assertEquals("Enabled", enabled.selectFirst(".status").text());
        assertEquals("ENABLED", api.get("/api/plugins/hello", admin).text("state"));
        Document listed = desk.html("/desk/admin/plugins");
        assertEquals(List.of("Hello hello", "1.0.0", "Enabled", "None"), listed.select("tbody tr").get(0)
                .select("th, td").eachText());

        Document question = desk.html("/desk/admin/plugins/hello/uninstall");
        assertEquals("Uninstall Hello 1.0.0?", question.selectFirst("h1").text());
        assertEquals("ENABLED", api.get("/api/plugins/hello", admin).text("state"), "asking changes nothing");
        Document gone = desk.follow(desk.post("/desk/admin/plugins/hello/uninstall"));
        assertTrue(gone.selectFirst(".notice").text().contains("Hello 1.0.0 is uninstalled"));
        assertNull(gone.selectFirst("tbody"));
        assertEquals(404, api.get("/api/plugins/hello", admin).status());
    }

    @Test
    void aPluginTheServerStoppedShowsAsFailedWithItsErrorAndHistory() throws InterruptedException {
        expect(201, api.upload("/api/plugins", PluginJars.built("throwing-plugin.jar"), "throwing-plugin.jar",
                "application/java-archive", admin));
        expect(200, api.post("/api/plugins/throwing/enable", Map.of(), admin));
        for (int i = 1; i <= 3; i++) {
            long id = expect(201, api.post("/api/stories", draft("Tripping story " + i), admin)).number("id");
            expect(200, api.post("/api/stories/" + id + "/publish", Map.of(), admin));
        }
        long end = System.nanoTime() + 10_000_000_000L;
        while (!"FAILED".equals(api.get("/api/plugins/throwing", admin).text("state"))) {
            assertTrue(System.nanoTime() < end, "the throwing plugin was not stopped within 10 s");
            Thread.sleep(20);
        }

        Document listed = desk.html("/desk/admin/plugins");
        String row = listed.selectFirst("tbody tr").text();
        assertTrue(row.contains("Failed") && row.contains("1 time stopped by the server")
                && row.contains("3 failures in a row"), row);

        Document plugin = desk.html("/desk/admin/plugins/throwing");
        assertEquals("Failed", plugin.selectFirst(".status").text());
        assertTrue(plugin.selectFirst(".errors").text().contains("the throwing plugin fails on purpose"), plugin.html());
        assertTrue(plugin.text().contains("The server stopped it 1 time for failing."));
        assertEquals(List.of("system", "Stopped by the server"), plugin.selectFirst("tr.failure").select("td, th")
                .eachText().subList(1, 3));
        assertNotNull(plugin.selectFirst("form[action=/desk/admin/plugins/throwing/enable]"));
        assertNotNull(plugin.selectFirst("form[action=/desk/admin/plugins/throwing/disable]"));
    }
}
