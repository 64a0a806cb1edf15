package news.cms.app.site;

import com.rometools.rome.feed.synd.SyndEntry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import news.cms.app.ApiClient;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story's address survives what used to move it: the server restarted in another newsroom zone
 * ({@code CMS_TIMEZONE}), and the first start of this version over stories published before it
 * (their addresses are filled in from the configured zone, so their links keep working). Each test
 * starts its own servers on one database, one after the other, as an operator would.
 */
class StoryAddressRestartTest {

    private static final String BASE = "https://news.example.org";
    /** Half past eleven on the last evening of January in London; already February the 1st in Seoul. */
    private static final String LATE_ON_31_JANUARY = "2025-01-31T23:30:00Z";

    @Test
    void aStoryPublishedInUtcKeepsItsAddressAfterARestartInSeoul() {
        Path data = TestDatabase.newDataDirectory();
        TestDatabase.cleanExternalDatabase();
        String slug;
        long id;
        try (EmbeddedServer server = start(data, "UTC")) {
            Newsdesk desk = new Newsdesk(server);
            id = desk.publish("Harbour strike ends after midnight talks", LATE_ON_31_JANUARY);
            slug = desk.story(id).text("slug");
            assertEquals(200, desk.api.getAsBrowser("/2025/01/" + slug).status());
        }
        String address = "/2025/01/" + slug;

        try (EmbeddedServer server = start(data, "Asia/Seoul")) {
            Newsdesk desk = new Newsdesk(server);
            PublicSite site = new PublicSite(desk.api, server.getURI());
            ApiClient.Reply article = desk.api.getAsBrowser(address);
            assertEquals(200, article.status(), "the address it was published at, on " + TestDatabase.name());
            Document page = site.page(address);
            assertEquals(BASE + address, page.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals(BASE + address, jsonLd(server, page).get("mainEntityOfPage").getStringValue());
            assertEquals("February 1, 2025", page.selectFirst("article time.date").text(),
                    "dates are still shown in the newsroom's zone");
            assertEquals(List.of(BASE + address), site.feed("/feed").getEntries().stream().map(SyndEntry::getLink).toList());
            assertTrue(PublicSite.texts(site.sitemap("/sitemap.xml"), PublicSite.SITEMAP_NS, "loc").contains(BASE + address));
            assertEquals(List.of(address), site.listedArticles("/"));
            assertEquals(address, desk.story(id).text("address"));

            ApiClient.Reply seoulsDay = desk.api.getAsBrowser("/2025/02/" + slug);
            assertEquals(301, seoulsDay.status(), "the address this zone would have given it: " + seoulsDay);
            assertEquals(address, seoulsDay.header("Location"));
        }
    }

    @Test
    void storiesPublishedBeforeAddressesWereStoredGetTheirsAtStartFromTheConfiguredZone() {
        Path data = TestDatabase.newDataDirectory();
        TestDatabase.cleanExternalDatabase();
        long id;
        String slug;
        try (EmbeddedServer server = start(data, "Asia/Seoul")) {
            Newsdesk desk = new Newsdesk(server);
            id = desk.publish("Ferry timetable changes", LATE_ON_31_JANUARY);
            slug = desk.story(id).text("slug");
            // as every published story is when this version first starts: no address kept yet
            sql(server, "UPDATE story SET address = NULL WHERE id = ?", id);
        }
        String before = "/2025/02/" + slug; // where Seoul's server showed it until now

        for (int start = 1; start <= 2; start++) {
            try (EmbeddedServer server = start(data, "Asia/Seoul")) {
                Newsdesk desk = new Newsdesk(server);
                assertEquals(before, desk.story(id).text("address"), "start " + start);
                assertEquals(200, desk.api.getAsBrowser(before).status(), "start " + start);
            }
        }
    }

    private static EmbeddedServer start(Path data, String zone) {
        Map<String, Object> props = new HashMap<>(TestDatabase.properties(data));
        props.put("cms.timezone", zone);
        props.put("cms.base-url", BASE);
        return ApplicationContext.run(EmbeddedServer.class, props);
    }

    private static JsonNode jsonLd(EmbeddedServer server, Document page) {
        try {
            return server.getApplicationContext().getBean(JsonMapper.class).readValue(
                    page.selectFirst("script[type=application/ld+json]").data().getBytes(StandardCharsets.UTF_8),
                    JsonNode.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void sql(EmbeddedServer server, String statement, long id) {
        TransactionOperations<Connection> tx = server.getApplicationContext().getBean(TransactionOperations.class);
        tx.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement(statement)) {
                update.setLong(1, id);
                assertEquals(1, update.executeUpdate(), statement);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(statement, e);
            }
        });
    }

    /** The admin at work on one server: a section and a story in it, published back-dated. */
    private static final class Newsdesk {

        final ApiClient api;
        final String token;

        Newsdesk(EmbeddedServer server) {
            api = new ApiClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            token = api.login(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        }

        long publish(String headline, String publishedAt) {
            assertEquals(201, api.post("/api/sections", Map.of("slug", "port", "title", "Port",
                    "description", "The port desk"), token).status());
            ApiClient.Reply created = api.post("/api/stories", Map.of("headline", headline, "dek", "A dek",
                    "body", "The body.", "section", "port"), token);
            assertEquals(201, created.status(), created.body());
            long id = created.number("id");
            ApiClient.Reply published = api.post("/api/stories/" + id + "/publish", Map.of("publishedAt", publishedAt), token);
            assertEquals(200, published.status(), published.body());
            return id;
        }

        ApiClient.Reply story(long id) {
            ApiClient.Reply story = api.get("/api/stories/" + id, token);
            assertEquals(200, story.status(), story.body());
            return story;
        }
    }
}
