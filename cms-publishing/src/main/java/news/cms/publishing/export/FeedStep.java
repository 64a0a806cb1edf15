package news.cms.publishing.export;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import news.cms.core.section.Section;
import news.cms.core.story.Story;
import news.cms.publishing.feed.Feeds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The site's feeds and each section's, RSS and Atom, from the newest stories as they pass. */
@Singleton
@Order(30)
class FeedStep implements ExportStep {

    private final Feeds feeds;

    FeedStep(Feeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public Pass begin(ExportRun run) {
        List<Story> newest = new ArrayList<>();
        Map<String, List<Story>> newestBySection = new HashMap<>();
        run.sections().forEach(section -> newestBySection.put(section.slug(), new ArrayList<>()));
        return new Pass() {
            @Override
            public void story(Story story) {
                if (newest.size() < Feeds.ENTRIES) {
                    newest.add(story);
                }
                List<Story> section = newestBySection.get(story.section());
                if (section != null && section.size() < Feeds.ENTRIES) {
                    section.add(story);
                }
            }

            @Override
            public void finish() {
                String base = run.baseUrl();
                run.write("/feed", FileLayout.Kind.RSS, () -> feeds.site(newest, Feeds.Format.RSS, base));
                run.write("/feed/atom", FileLayout.Kind.ATOM, () -> feeds.site(newest, Feeds.Format.ATOM, base));
                for (Section section : run.sections()) {
                    List<Story> stories = newestBySection.get(section.slug());
                    run.write("/" + section.slug() + "/feed", FileLayout.Kind.RSS,
                            () -> feeds.section(section, stories, Feeds.Format.RSS, base));
                    run.write("/" + section.slug() + "/feed/atom", FileLayout.Kind.ATOM,
                            () -> feeds.section(section, stories, Feeds.Format.ATOM, base));
                }
            }
        };
    }
}
