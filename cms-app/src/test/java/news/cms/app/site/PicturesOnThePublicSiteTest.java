package news.cms.app.site;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiTest;
import news.cms.app.media.MediaFiles;
import news.cms.core.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What readers, search engines, social networks and feed readers get of the pictures: a listing's
 * thumbnails sized and lazy past the first few, the first byline's photo, an article's figure with
 * its caption and credit and its social and structured-data images, the feeds' and the sitemap's
 * pictures; and a picture's new alt text or focal point on every cached page at the next request.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PicturesOnThePublicSiteTest extends ApiTest {

    private static final String BASE = "https://news.example.org";

    private String editor;
    private long launch;
    private long portrait;
    /** Newest first, as the listing shows them. */
    private final List<String> articles = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.base-url", BASE);
        return props;
    }

    @BeforeAll
    void fiveStoriesWithPicturesByAnAuthorWithAPhoto() {
        section("world");
        editor = user("picture-desk", "EDITOR");
        launch = upload(MediaFiles.photo(1600, 1000), "launch.jpg");
        expect(200, api.patch("/api/media/" + launch, Map.of("alt", "A missile rising over the sea",
                "caption", "The launch seen from the coast", "credit", "Agency Pool"), editor));
        portrait = upload(MediaFiles.photo(400, 400), "kim.jpg");
        String kim = expect(201, api.post("/api/authors", body("name", "Jeongmin Kim", "photo", portrait), editor))
                .text("slug");
        for (int day = 1; day <= 5; day++) {
            long story = expect(201, api.post("/api/stories", draft("Launch report " + day).with("section", "world")
                    .with("bylines", List.of(kim)).with("leadImage", Map.of("media", launch)), editor)).number("id");
            articles.add(0, expect(200, api.post("/api/stories/" + story + "/publish",
                    body("publishedAt", "2024-09-1" + day + "T08:00:00Z"), editor)).text("address"));
        }
    }

    @Test
    void aListingShowsEachLeadImageSizedWithItsBylinesPhotoAndLoadsOnlyTheFirstFewAtOnce() {
        String html = expect(200, api.getAsBrowser("/world")).body();
        Document page = Jsoup.parse(html);
        List<Element> stories = page.select("article.story");
        assertEquals(5, stories.size());
        for (int i = 0; i < stories.size(); i++) {
            Element thumb = stories.get(i).selectFirst(".thumb img");
            assertNotNull(thumb, "story " + i + " shows its lead image: " + stories.get(i).outerHtml());
            assertEquals("A missile rising over the sea", thumb.attr("alt"));
            assertTrue(thumb.attr("src").startsWith("/pictures/" + launch + "/"), thumb.outerHtml());
            assertTrue(thumb.attr("srcset").contains(" 1280w"), "a 16:9 crop for every screen: " + thumb.outerHtml());
            assertEquals(16 * Integer.parseInt(thumb.attr("height")), 9 * Integer.parseInt(thumb.attr("width")),
                    "width and height of the 16:9 crop, so nothing moves as it loads: " + thumb.outerHtml());
            assertTrue(thumb.hasAttr("sizes"));
            assertNotNull(thumb.parent().selectFirst("source[type=image/webp]"), "WebP where the browser takes it");
            assertEquals(i < 3 ? "" : "lazy", thumb.attr("loading"), "story " + i + ": lazy past the first three");

            Element face = stories.get(i).selectFirst("p.bylines img");
            assertNotNull(face, "the first byline's photo beside the names");
            assertTrue(face.attr("src").startsWith("/pictures/" + portrait + "/"), face.outerHtml());
            assertEquals("", face.attr("alt"), "the name beside it says who it is");
            assertEquals("Jeongmin Kim", stories.get(i).selectFirst("p.bylines").text());
        }
        assertEquals(200, api.getAsBrowser(stories.get(0).selectFirst(".thumb img").attr("src")).status());
        assertEquals(List.of(), new NuHtmlChecker().errors(html));
    }

    @Test
    void anArticleShowsItsLeadImageInAFigureAndGivesSearchAndSocialPreviewsTheirImages() {
        String html = expect(200, api.getAsBrowser(articles.get(0))).body();
        Document page = Jsoup.parse(html);
        Element figure = page.selectFirst("figure.lead");
        assertNotNull(figure, html);
        Element img = figure.selectFirst("img");
        assertEquals("A missile rising over the sea", img.attr("alt"));
        assertEquals("", img.attr("loading"), "the lead image is the first thing seen: never lazy");
        assertEquals("The launch seen from the coast Agency Pool", figure.selectFirst("figcaption").text());
        assertEquals("Agency Pool", figure.selectFirst("figcaption .credit").text());

        String ogImage = meta(page, "property", "og:image");
        assertTrue(ogImage.startsWith(BASE + "/pictures/" + launch + "/"), "absolute: " + ogImage);
        assertTrue(Integer.parseInt(meta(page, "property", "og:image:width")) >= 1200, "a large preview");
        assertEquals("A missile rising over the sea", meta(page, "property", "og:image:alt"));
        assertEquals("summary_large_image", meta(page, "name", "twitter:card"));
        assertEquals("max-image-preview:large", meta(page, "name", "robots"));
        assertEquals(200, api.getAsBrowser(ogImage.substring(BASE.length())).status());

        JsonNode article = structuredData(page);
        List<String> images = new ArrayList<>();
        article.get("image").values().forEach(url -> images.add(url.getStringValue()));
        assertEquals(3, images.size(), "the 16:9, 4:3 and 1:1 crops: " + images);
        images.forEach(url -> assertTrue(url.startsWith(BASE + "/pictures/" + launch + "/"), url));
        assertEquals(List.of(), new NuHtmlChecker().errors(html));
    }

    @Test
    void feedsAndTheSitemapNameTheLeadImagesAbsolutely() {
        String rss = expect(200, api.getAsBrowser("/world/feed")).body();
        Element content = Jsoup.parse(rss, "", org.jsoup.parser.Parser.xmlParser()).selectFirst("item > media|content");
        assertNotNull(content, rss);
        assertTrue(content.attr("url").startsWith(BASE + "/pictures/" + launch + "/"), content.outerHtml());
        assertEquals("image", content.attr("medium"));
        assertTrue(Integer.parseInt(content.attr("width")) >= 1200, content.outerHtml());

        String atom = expect(200, api.getAsBrowser("/world/feed/atom")).body();
        Element enclosure = Jsoup.parse(atom, "", org.jsoup.parser.Parser.xmlParser())
                .selectFirst("entry > link[rel=enclosure]");
        assertNotNull(enclosure, atom);
        assertTrue(enclosure.attr("href").startsWith(BASE + "/pictures/" + launch + "/"), enclosure.outerHtml());
        assertNotNull(Jsoup.parse(atom, "", org.jsoup.parser.Parser.xmlParser())
                .selectFirst("entry > link[rel=alternate][href=" + BASE + articles.get(0) + "]"), "and still its article");

        org.w3c.dom.Document sitemap = new PublicSite(api, server.getURI()).sitemap("/sitemap.xml");
        List<String> pictures = PublicSite.texts(sitemap, "http://www.google.com/schemas/sitemap-image/1.1", "loc");
        assertEquals(5, pictures.size(), "one image:image for each article: " + pictures);
        pictures.forEach(url -> assertTrue(url.startsWith(BASE + "/pictures/" + launch + "/"), url));
    }

    @Test
    void aPicturesNewAltTextAndFocalPointReachEveryCachedPageAtTheNextRequest() {
        long moving = upload(MediaFiles.photo(1600, 1000), "moving.jpg");
        expect(200, api.patch("/api/media/" + moving, Map.of("alt", "Ships in the harbour"), editor));
        long story = expect(201, api.post("/api/stories", draft("Ships return").with("section", "world")
                .with("leadImage", Map.of("media", moving)), editor)).number("id");
        String address = expect(200, api.post("/api/stories/" + story + "/publish", body(), editor)).text("address");
        String cropBefore = thumbOf(address).attr("src");
        assertEquals("Ships in the harbour", figureImage(address).attr("alt"));

        expect(200, api.patch("/api/media/" + moving, Map.of("alt", "Three ships at the quay",
                "focalPoint", Map.of("x", 0.5, "y", 0.1)), editor)); // the 16:9 crop moves up

        assertEquals("Three ships at the quay", figureImage(address).attr("alt"), "the article, cached before");
        Element thumb = thumbOf(address);
        assertEquals("Three ships at the quay", thumb.attr("alt"), "the listing, cached before");
        assertNotEquals(cropBefore, thumb.attr("src"), "a new focal point is a new crop at a new address");
        assertEquals(200, api.getAsBrowser(thumb.attr("src")).status());
        expect(200, api.post("/api/stories/" + story + "/unpublish", body("reason", "Leave the others first"), editor));
    }

    /** The thumbnail the section's first page shows for this article. */
    private Element thumbOf(String article) {
        Document page = Jsoup.parse(expect(200, api.getAsBrowser("/world")).body());
        Element story = page.selectFirst("article.story:has(h2 a[href=" + article + "])");
        assertNotNull(story, article + " is on /world");
        return story.selectFirst(".thumb img");
    }

    private Element figureImage(String article) {
        return Jsoup.parse(expect(200, api.getAsBrowser(article)).body()).selectFirst("figure.lead img");
    }

    private long upload(byte[] jpeg, String name) {
        return expect(201, api.upload("/api/media", jpeg, name, "image/jpeg", editor)).number("id");
    }

    private static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
        assertNotNull(meta, "no meta " + name);
        return meta.attr("content");
    }

    private JsonNode structuredData(Document page) {
        try {
            return json.readValue(page.selectFirst("script[type=application/ld+json]").data()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), JsonNode.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
