package news.cms.app.export;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.app.ApiTest;
import news.cms.app.media.MediaFiles;
import news.cms.core.testing.TestDatabase;
import news.cms.publishing.export.ExportProgress;
import news.cms.publishing.export.ExportRequest;
import news.cms.publishing.export.SiteExport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The static export holds every picture file its pages link, byte for byte what the server serves,
 * hard-linked so that no export writes a picture's bytes again; an incremental export adds a new
 * focal point's crops and removes what no live page shows any more. Nothing else of the library
 * leaves: not a picture no live story shows, not an original.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportedPicturesTest extends ApiTest {

    private static final String BASE = "https://news.example.org";

    @Inject
    SiteExport export;

    private final HttpClient http = HttpClient.newHttpClient();
    private String editor;
    private long lead;
    private long inBody;
    private long unused;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("cms.base-url", BASE);
        props.put("cms.export.commit-margin", "0s");
        return props;
    }

    @BeforeAll
    void storiesWithALeadImageABodyPictureAndABylinePhoto() {
        section("world");
        editor = user("export-picture-desk", "EDITOR");
        lead = upload(MediaFiles.photo(1400, 900), "launch.jpg", "A missile rising over the sea");
        inBody = upload(MediaFiles.photo(800, 600), "harbour.jpg", "Harbour at dawn");
        unused = upload(MediaFiles.photo(700, 500), "never-shown.jpg", "Not on the site");
        long photo = upload(MediaFiles.photo(300, 300), "kim.jpg", null);
        String kim = expect(201, api.post("/api/authors", body("name", "Jeongmin Kim", "photo", photo), editor)).text("slug");
        publish(draft("Missiles fired").with("section", "world").with("bylines", List.of(kim))
                .with("leadImage", Map.of("media", lead)));
        publish(draft("Boats return").with("section", "world")
                .with("body", "The boats came in.\n\n![Harbour at dawn](media:" + inBody + ")\n"));
    }

    @Test
    void everyPictureThePagesLinkIsExportedAsTheServerServesItAndNothingElseOfTheLibrary() throws Exception {
        Path site = exportInto(Files.createTempDirectory("cms-export-pictures-").resolve("site"), false);

        Set<String> linked = linkedPictures(site);
        assertTrue(linked.stream().anyMatch(url -> url.startsWith("/pictures/" + lead + "/")), "the lead image");
        assertTrue(linked.stream().anyMatch(url -> url.startsWith("/pictures/" + inBody + "/")), "the body picture");
        for (String url : linked) {
            Path file = site.resolve(url.substring(1));
            assertTrue(Files.isRegularFile(file), url + " is linked but not exported");
            assertArrayEquals(served(url), Files.readAllBytes(file), url);
        }
        assertFalse(Files.exists(site.resolve("pictures/" + unused)), "a picture no live page shows stays in");
        assertFalse(Files.exists(site.resolve("media")), "no original leaves the newsroom");
    }

    @Test
    void picturesAreHardLinkedAndAnIncrementalExportAddsANewCropAndDropsWhatNoPageShows() throws Exception {
        long moving = upload(MediaFiles.photo(1600, 1000), "ships.jpg", "Ships at the quay");
        long story = publish(draft("Ships return").with("section", "world").with("leadImage", Map.of("media", moving)));
        Path site = exportInto(Files.createTempDirectory("cms-export-pictures-").resolve("site"), false);
        Path other = exportInto(Files.createTempDirectory("cms-export-pictures-").resolve("site"), false);
        Set<String> before = files(site, moving);
        assertFalse(before.isEmpty());
        for (String name : before) {
            assertEquals(inode(site, moving, name), inode(other, moving, name),
                    name + ": two exports share the server's one copy of the file");
        }

        expect(200, api.patch("/api/media/" + moving, Map.of("focalPoint", Map.of("x", 0.1, "y", 0.1)), editor));
        exportInto(site, true);
        Set<String> after = files(site, moving);
        assertEquals(renditionsOf(moving), after, "the picture's files now, and no crop of the old focal point");
        assertFalse(after.containsAll(before), "the crops moved with the focal point");
        assertTrue(after.containsAll(before.stream()
                .filter(name -> !name.matches(".*-(16x9|4x3|1x1)-.*")).toList()), "the whole picture's files stay");
        Set<String> linked = linkedPictures(site);
        assertTrue(linked.stream().anyMatch(url -> after.contains(url.substring(url.lastIndexOf('/') + 1))),
                "the pages that show it were redone with its new crops");
        for (String url : linked) {
            assertTrue(Files.isRegularFile(site.resolve(url.substring(1))), url + " is linked but not in the export");
        }

        expect(200, api.post("/api/stories/" + story + "/unpublish", body("reason", "Wrong port"), editor));
        exportInto(site, true);
        assertFalse(Files.exists(site.resolve("pictures/" + moving)), "the unpublished story's picture is gone");
        assertTrue(Files.exists(site.resolve("pictures/" + lead)), "the others stay");
    }

    /** Every {@code /pictures/} address an exported page, feed or sitemap names, in src, srcset or content. */
    private static Set<String> linkedPictures(Path site) throws IOException {
        Set<String> urls = new TreeSet<>();
        try (Stream<Path> all = Files.walk(site.toRealPath())) {
            for (Path file : all.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(Files.readString(file));
                page.select("img[src], source[srcset], img[srcset]").forEach(element -> {
                    urls.add(element.attr("src"));
                    Arrays.stream(element.attr("srcset").split(",")).map(String::strip)
                            .map(candidate -> candidate.split(" ")[0]).forEach(urls::add);
                });
                page.select("meta[property=og:image]").forEach(meta -> urls.add(meta.attr("content").substring(BASE.length())));
            }
        }
        urls.removeIf(url -> !url.startsWith("/pictures/"));
        return urls;
    }

    private static Set<String> files(Path site, long picture) throws IOException {
        Path directory = site.resolve("pictures/" + picture);
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    /** The names of the picture's files, as the API lists them. */
    private Set<String> renditionsOf(long picture) {
        Set<String> names = new TreeSet<>();
        expect(200, api.get("/api/media/" + picture, editor)).json().get("renditions").values().forEach(r -> {
            String url = r.get("url").getStringValue();
            names.add(url.substring(url.lastIndexOf('/') + 1));
        });
        return names;
    }

    private static Object inode(Path site, long picture, String name) throws IOException {
        return Files.getAttribute(site.resolve("pictures/" + picture + "/" + name), "unix:ino");
    }

    private byte[] served(String url) throws Exception {
        HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + url))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode(), url);
        return reply.body();
    }

    private Path exportInto(Path site, boolean incremental) {
        export.export(new ExportRequest(site, incremental, BASE), new ExportProgress());
        return site;
    }

    private long upload(byte[] jpeg, String name, String alt) {
        long id = expect(201, api.upload("/api/media", jpeg, name, "image/jpeg", editor)).number("id");
        if (alt != null) {
            expect(200, api.patch("/api/media/" + id, Map.of("alt", alt), editor));
        }
        return id;
    }

    private long publish(Draft draft) {
        long id = expect(201, api.post("/api/stories", draft, editor)).number("id");
        expect(200, api.post("/api/stories/" + id + "/publish", body(), editor));
        return id;
    }
}
