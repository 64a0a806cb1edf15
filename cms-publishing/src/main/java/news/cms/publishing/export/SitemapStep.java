package news.cms.publishing.export;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import news.cms.core.story.Story;
import news.cms.publishing.sitemap.Sitemaps;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code sitemap.xml} (with its parts on a large site) and {@code news-sitemap.xml}, cut from the
 * stories as they pass: a part is written as soon as it is full.
 */
@Singleton
@Order(40)
class SitemapStep implements ExportStep {

    private final Sitemaps sitemaps;

    SitemapStep(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @Override
    public Pass begin(ExportRun run) {
        Sitemaps.Split split = sitemaps.split(run.baseUrl(), run.now(),
                (path, xml) -> run.write(path, FileLayout.Kind.NAMED, () -> xml));
        List<Story> news = new ArrayList<>();
        return new Pass() {
            private int parts;

            @Override
            public void story(Story story) {
                split.add(story);
                if (news.size() < Sitemaps.NEWS_MAX && Sitemaps.isNews(story, run.now())) {
                    news.add(story);
                }
            }

            @Override
            public void finish() {
                parts = split.finish();
                run.write("/news-sitemap.xml", FileLayout.Kind.NAMED,
                        () -> sitemaps.newsSitemap(news, run.baseUrl(), run.now()));
            }

            /** Parts the site no longer fills. */
            @Override
            public void prune() {
                for (String name : run.list("/")) {
                    if (name.matches("sitemap-[0-9]{1,9}\\.xml")
                            && Integer.parseInt(name.substring(8, name.length() - 4)) > parts) {
                        run.delete("/" + name, FileLayout.Kind.NAMED);
                    }
                }
            }
        };
    }
}
