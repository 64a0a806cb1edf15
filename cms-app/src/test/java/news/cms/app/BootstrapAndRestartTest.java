package news.cms.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** First start, restart: what a newcomer and an operator see. Each test starts its own servers. */
class BootstrapAndRestartTest {

    @Test
    void withoutAnAdminPasswordTheFirstStartWritesARandomOneReadableOnlyByItsOwner() throws IOException {
        Path data = TestDatabase.newDataDirectory();
        Map<String, Object> props = new HashMap<>(TestDatabase.properties(data));
        TestDatabase.cleanExternalDatabase();
        props.remove("cms.admin-password");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            Path file = data.resolve(AdminBootstrap.PASSWORD_FILE);
            assertTrue(Files.exists(file), "no " + file);
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(file));
            String password = Files.readString(file).strip();
            assertTrue(password.length() >= 20, "a weak generated password: " + password.length() + " characters");
            client(server).login(AdminBootstrap.USERNAME, password);
        }
    }

    @Test
    void withAnAdminPasswordTheFirstStartUsesItAndWritesNoFile() {
        Path data = TestDatabase.newDataDirectory();
        Map<String, Object> props = new HashMap<>(TestDatabase.properties(data));
        TestDatabase.cleanExternalDatabase();
        props.put("cms.admin-password", "Given-admin-pass-1");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            assertFalse(Files.exists(data.resolve(AdminBootstrap.PASSWORD_FILE)));
            client(server).login(AdminBootstrap.USERNAME, "Given-admin-pass-1");
        }
    }

    @Test
    void aRestartKeepsEveryStoryAndTheSigningKeySoTokensStayValid() throws IOException {
        Path data = TestDatabase.newDataDirectory();
        Map<String, Object> first = new HashMap<>(TestDatabase.properties(data));
        TestDatabase.cleanExternalDatabase();
        String token;
        long storyId;
        String headline = "Harbour reopens 🚢 항구 “today”";
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, first)) {
            ApiClient api = client(server);
            token = api.login(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
            assertEquals(201, api.post("/api/sections", Map.of("slug", "port", "title", "Port", "description", "d"), token).status());
            ApiClient.Reply story = api.post("/api/stories", Map.of("headline", headline, "section", "port"), token);
            assertEquals(201, story.status(), story.body());
            storyId = story.number("id");
        }
        Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertEquals(ownerOnly, Files.getPosixFilePermissions(data.resolve("jwt-signing-key")));

        try (EmbeddedServer again = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(TestDatabase.properties(data)))) {
            ApiClient.Reply read = client(again).get("/api/stories/" + storyId, token);
            assertEquals(200, read.status(), "the token from before the restart: " + read.body());
            assertEquals(headline, read.text("headline"));
        }
    }

    private static ApiClient client(EmbeddedServer server) {
        return new ApiClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }
}
