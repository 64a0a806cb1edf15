package news.cms.publishing.export;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import news.cms.core.story.Story;
import news.cms.core.story.StoryRedirects;
import news.cms.publishing.site.SiteSettings;
import news.cms.publishing.site.Templates;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The paths that the server answers with 301 to a live story's address (old addresses and imported
 * links from {@link StoryRedirects}, and the address today's zone would give a story when that is not
 * its own), for a static host: a small page at each (refresh to the address, canonical link, noindex),
 * and {@code redirects.map}, the same pairs as an nginx {@code map} for real 301s (docs/export.md).
 * Every run writes the whole set (a file already equal is left as it is) and then deletes the pages
 * of paths that the last run's map listed and that no longer lead anywhere.
 */
@Singleton
@Order(45)
class RedirectStep implements ExportStep {

    /** The nginx map file, at the top of the site. */
    static final String MAP = "/redirects.map";
    /** Redirects read at a time. */
    private static final int BATCH = 1000;
    /**
     * The paths the article route answers, {@code /{yyyy}/{mm}/{slug}}, with segments a file can be
     * named by: other old links (WordPress's {@code /?p=123}) are the server's alone.
     */
    private static final Pattern EXPORTABLE = Pattern.compile("/[0-9]{4}/[0-9]{2}/[\\p{L}\\p{N}._~-]+");

    private final StoryRedirects redirects;
    private final Templates templates;
    private final SiteSettings site;

    RedirectStep(StoryRedirects redirects, Templates templates, SiteSettings site) {
        this.redirects = redirects;
        this.templates = templates;
        this.site = site;
    }

    @Override
    public Pass begin(ExportRun run) {
        Set<String> before = run.isIncremental() ? pathsIn(run.read(MAP, FileLayout.Kind.NAMED).orElse("")) : Set.of();
        // path → address, in path order so the map file is the same for the same redirects
        Map<String, String> leads = new TreeMap<>();
        return new Pass() {
            @Override
            public void story(Story story) {
                redirects.aliasOf(story).ifPresent(path -> leads.put(path, story.address()));
            }

            @Override
            public void finish() {
                String after = "";
                List<StoryRedirects.Redirect> batch;
                do {
                    batch = redirects.live(after, BATCH, run.now());
                    batch.forEach(redirect -> leads.put(redirect.path(), redirect.address()));
                    after = batch.isEmpty() ? after : batch.get(batch.size() - 1).path();
                } while (batch.size() == BATCH);
                leads.keySet().removeIf(path -> !EXPORTABLE.matcher(path).matches());
                StringBuilder map = new StringBuilder("# old path, then the address the server answers it with 301 to (docs/export.md)\n");
                leads.forEach((path, address) -> {
                    String url = run.baseUrl() + address;
                    run.write(path, FileLayout.Kind.HTML,
                            () -> templates.render("redirect.jte", new RedirectPage(site.getName(), url)));
                    map.append(path).append(' ').append(address).append(";\n");
                });
                String content = map.toString();
                run.write(MAP, FileLayout.Kind.NAMED, () -> content);
            }

            @Override
            public void prune() {
                for (String path : before) {
                    if (!leads.containsKey(path)) {
                        run.delete(path, FileLayout.Kind.HTML);
                    }
                }
            }
        };
    }

    /** The paths a map file lists. */
    private static Set<String> pathsIn(String map) {
        Set<String> paths = new HashSet<>();
        for (String line : map.split("\n")) {
            int space = line.indexOf(' ');
            if (line.startsWith("/") && space > 0 && EXPORTABLE.matcher(line.substring(0, space)).matches()) {
                paths.add(line.substring(0, space));
            }
        }
        return paths;
    }
}
