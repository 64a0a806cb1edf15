package news.cms.app.plugins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.metadata.StoryMetadataStore;
import news.cms.core.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static news.cms.app.plugins.PluginJars.built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translation plugin, installed through the API, translating through a fake LibreTranslate
 * on loopback (never the internet): an editor gets a linked draft in the other language, the
 * pages of both carry hreflang alternates once both are live, and a missing, failing or slow
 * service leaves nothing behind and says why.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslationApiTest extends ApiTest {

    private static final String JAR = "translation-plugin.jar";

    /** How the fake service answers the next requests. */
    private enum Mode { TRANSLATE, FAIL, SLOW }

    @Inject
    StoryMetadataStore metadata;

    private HttpServer libreTranslate;
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.TRANSLATE);
    private final AtomicInteger requests = new AtomicInteger();
    private PluginAdminClient plugins;
    private String editor;
    private long original;

    @Override
    public Map<String, String> getProperties() {
        startLibreTranslate();
        Map<String, String> properties = new HashMap<>(TestDatabase.cleanProperties());
        properties.put("cms.plugins.settings.translation.url", "http://127.0.0.1:" + libreTranslate.getAddress().getPort() + "/");
        properties.put("cms.plugins.settings.translation.timeout", "1");
        properties.put("cms.plugins.max-failures", "10");
        return properties;
    }

    @BeforeAll
    void aNewsroomWithTheTranslationPlugin() {
        section("news");
        editor = user("desk", "EDITOR");
        plugins = new PluginAdminClient(api);
        ApiClient.Reply installed = expect(201, plugins.install(built(JAR), JAR, admin));
        assertEquals(List.of("StoryEnricher", "TranslationProvider"), strings(installed.json().get("extensionPoints")));
        expect(200, plugins.enable("translation", admin));
        original = expect(201, api.post("/api/stories", draft("Ships seen near the port")
                .with("dek", "Satellite images show three vessels").with("body", "The ships arrived at dawn."), editor))
                .number("id");
    }

    @AfterAll
    void stopLibreTranslate() {
        libreTranslate.stop(0);
    }

    @Test
    void anEditorGetsALinkedDraftInTheOtherLanguageCreditingTheTranslator() {
        String translator = expect(201, api.post("/api/authors", body("name", "Lena Vogel"), editor)).text("slug");

        ApiClient.Reply created = expect(201, api.post("/api/stories/" + original + "/translations",
                body("language", "de", "translator", translator), editor));

        JsonNode draft = created.json();
        long translation = created.number("id");
        assertEquals("/api/stories/" + translation, created.header("Location"));
        assertEquals("DRAFT", draft.get("status").getStringValue());
        assertEquals("de", draft.get("language").getStringValue());
        assertEquals("[de] Ships seen near the port", draft.get("headline").getStringValue());
        assertEquals("[de] Satellite images show three vessels", draft.get("dek").getStringValue());
        assertEquals("[de] The ships arrived at dawn.", draft.get("body").getStringValue());
        assertEquals("news", draft.get("section").getStringValue());
        assertEquals(List.of(authorSlugOf("desk"), translator), bylineSlugs(draft));
        assertEquals("Translated by", draft.get("bylines").get(1).get("credit").getStringValue());

        JsonNode fromOriginal = expect(200, api.get("/api/stories/" + original + "/translations", editor)).json();
        assertTrue(fromOriginal.get("originalId").isNull());
        assertEquals(translation, fromOriginal.get("items").get(0).get("id").getLongValue());
        assertEquals("de", fromOriginal.get("items").get(0).get("language").getStringValue());
        JsonNode fromTranslation = expect(200, api.get("/api/stories/" + translation + "/translations", editor)).json();
        assertEquals(original, fromTranslation.get("originalId").getLongValue());
        assertEquals(original, fromTranslation.get("items").get(0).get("id").getLongValue());
        assertTrue(fromTranslation.get("items").get(0).get("original").getBooleanValue());
    }

    @Test
    void bothLiveArticlesCarryHreflangAlternatesAndTheirLanguage() {
        long story = expect(201, api.post("/api/stories", draft("Harbour reopens after the storm")
                .with("body", "The harbour reopened on Monday after a week of repairs to the piers."), editor)).number("id");
        long translation = expect(201, api.post("/api/stories/" + story + "/translations", body("language", "fr"), editor))
                .number("id");
        String originalPath = publish(story);
        assertTrue(page(originalPath).select("link[rel=alternate][hreflang]").isEmpty(), "no live translation yet");
        String translationPath = publish(translation);

        for (String path : List.of(originalPath, translationPath)) {
            Document page = page(path);
            Map<String, String> alternates = new HashMap<>();
            for (Element link : page.select("link[rel=alternate][hreflang]")) {
                alternates.put(link.attr("hreflang"), link.attr("href"));
            }
            assertEquals(2, alternates.size(), path);
            assertTrue(alternates.get("en").endsWith(originalPath), path);
            assertTrue(alternates.get("fr").endsWith(translationPath), path);
        }
        assertEquals("en", page(originalPath).selectFirst("html").attr("lang"));
        assertEquals("fr", page(translationPath).selectFirst("html").attr("lang"));
    }

    @Test
    void publishedStoriesGetTheirDetectedLanguage() {
        Desk desk = new Desk(api, editor);
        // the profiles are read in the background after enabling: a publication before that gets nothing
        Eventually.within(Duration.ofSeconds(30), () -> metadata.of(desk.publish("Weather warning for the coast",
                "Forecasters expect strong winds along the coast through the night and into Tuesday.").id(),
                "translation").containsKey("language"), "a story's language detected");
        long story = desk.publish("Le port rouvre après la tempête",
                "Le port a rouvert lundi après une semaine de réparations sur les jetées.").id();
        assertEquals(Map.of("language", "fr", "language-declared", "differs"), metadata.of(story, "translation"));
    }

    @Test
    void aFailingServiceCreatesNothingAndSaysSo() {
        long before = storyCount();
        mode.set(Mode.FAIL);
        try {
            ApiClient.Reply refused = expect(502, api.post("/api/stories/" + original + "/translations",
                    body("language", "es"), editor));
            assertTrue(refused.text("detail").contains("translation service failed"), refused.body());
            assertTrue(refused.text("detail").contains("model not loaded"), refused.body());
        } finally {
            mode.set(Mode.TRANSLATE);
        }
        assertEquals(before, storyCount());
    }

    @Test
    void aSlowServiceCreatesNothingAndSaysSo() {
        long before = storyCount();
        mode.set(Mode.SLOW);
        try {
            ApiClient.Reply late = expect(504, api.post("/api/stories/" + original + "/translations",
                    body("language", "es"), editor));
            assertTrue(late.text("detail").contains("did not answer in time"), late.body());
        } finally {
            mode.set(Mode.TRANSLATE);
        }
        assertEquals(before, storyCount());
    }

    @Test
    void withoutAnEnabledProviderTheEditorIsToldWhatToEnable() {
        expect(200, plugins.disable("translation", admin));
        try {
            int asked = requests.get();
            ApiClient.Reply unavailable = expect(503, api.post("/api/stories/" + original + "/translations",
                    body("language", "es"), editor));
            assertEquals("application/problem+json", unavailable.header("Content-Type"));
            assertTrue(unavailable.text("detail").contains("No translation provider is enabled"), unavailable.body());
            assertTrue(unavailable.text("detail").contains("cms.plugins.settings.translation.url"), unavailable.body());
            assertEquals(asked, requests.get(), "nothing was sent");
        } finally {
            expect(200, plugins.enable("translation", admin));
        }
    }

    @Test
    void reportersCannotCreateTranslations() {
        String reporter = user("rita", "REPORTER");
        long own = expect(201, api.post("/api/stories", draft("Rita's story"), reporter)).number("id");
        expect(403, api.post("/api/stories/" + own + "/translations", body("language", "de"), reporter));
        assertFalse(expect(200, api.get("/api/stories/" + own + "/translations", reporter)).json().get("items")
                .values().iterator().hasNext());
    }

    @Test
    void theStorysOwnLanguageIsRefused() {
        ApiClient.Reply refused = expect(400, api.post("/api/stories/" + original + "/translations",
                body("language", "en"), editor));
        assertEquals("language", refused.json().get("errors").get(0).get("field").getStringValue());
    }

    private String publish(long story) {
        ApiClient.Reply read = expect(200, api.get("/api/stories/" + story, editor));
        expect(200, api.post("/api/stories/" + story + "/publish", body("publishedAt", "2024-09-16T08:00:00Z"), editor));
        return "/2024/09/" + read.text("slug");
    }

    private Document page(String path) {
        ApiClient.Reply reply = api.getAsBrowser(path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return Jsoup.parse(reply.body());
    }

    private long storyCount() {
        return expect(200, api.get("/api/stories?size=1", admin)).json().get("totalItems").getLongValue();
    }

    private void startLibreTranslate() {
        try {
            libreTranslate = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        libreTranslate.createContext("/translate", this::answer);
        libreTranslate.start();
    }

    /** LibreTranslate's {@code /translate}: the text with its target language in front, as the mode says. */
    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        Map<?, ?> request = json.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
        String answer = switch (mode.get()) {
            case TRANSLATE -> json.writeValueAsString(Map.of("translatedText", "[" + request.get("target") + "] " + request.get("q")));
            case FAIL -> "{\"error\":\"model not loaded\"}";
            case SLOW -> {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield "{\"translatedText\":\"too late\"}";
            }
        };
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(mode.get() == Mode.FAIL ? 500 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
