package news.cms.publishing.export;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import news.cms.core.section.Section;
import news.cms.core.story.Story;
import news.cms.publishing.article.ArticlePages;
import news.cms.publishing.site.Templates;

import java.util.Map;
import java.util.stream.Collectors;

/** Every live story's article page, as {@code /{yyyy}/{mm}/{slug}} serves it. */
@Singleton
@Order(10)
class ArticleStep implements ExportStep {

    private final ArticlePages articles;
    private final Templates templates;
    private final StoryPlaces places;

    ArticleStep(ArticlePages articles, Templates templates, StoryPlaces places) {
        this.articles = articles;
        this.templates = templates;
        this.places = places;
    }

    @Override
    public Pass begin(ExportRun run) {
        Map<String, String> sectionTitles = run.sections().stream().collect(Collectors.toMap(Section::slug, Section::title));
        return new Pass() {
            @Override
            public void story(Story story) {
                if (run.rendersArticle(story.id())) {
                    String title = sectionTitles.getOrDefault(story.section(), story.section());
                    run.write(places.article(story), FileLayout.Kind.HTML,
                            () -> templates.render("article.jte", articles.page(story, title, run.baseUrl())));
                }
            }

            @Override
            public void prune() {
                for (String gone : run.plan().goneArticles()) {
                    run.delete(gone, FileLayout.Kind.HTML);
                }
            }
        };
    }
}
