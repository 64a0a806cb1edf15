package news.cms.app.export;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer's server, with no {@code CMS_BASE_URL}: an admin's export still runs, and its absolute
 * links are the server's own address, as the live pages' are.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportWithoutBaseUrlTest extends ApiTest {

    private Path site;

    @Override
    public Map<String, String> getProperties() {
        try {
            site = Files.createTempDirectory("cms-export-no-base-").resolve("site");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.export.dir", site.toString());
        return props;
    }

    @Test
    void theExportLinksWithTheServersOwnAddress() throws Exception {
        section("news");
        long id = expect(201, api.post("/api/stories", draft("Bridge opens"), admin)).number("id");
        expect(200, api.post("/api/stories/" + id + "/publish", body(), admin));

        String exportId = expect(202, api.post("/api/export", body(), admin)).text("id");
        ApiClient.Reply job = expect(200, api.get("/api/export/" + exportId, admin));
        for (int i = 0; i < 500 && "RUNNING".equals(job.text("state")); i++) {
            Thread.sleep(20);
            job = expect(200, api.get("/api/export/" + exportId, admin));
        }
        assertEquals("SUCCEEDED", job.text("state"), job.body());
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>http://localhost:" + server.getPort() + "/news</loc>"), sitemap);
        assertEquals(api.getAsBrowser("/sitemap.xml").body(), sitemap, "the same file the server answers");
    }
}
