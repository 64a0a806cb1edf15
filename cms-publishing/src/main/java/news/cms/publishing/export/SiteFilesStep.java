package news.cms.publishing.export;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import news.cms.publishing.site.ReaderErrorPages;
import news.cms.publishing.site.SiteStylesheet;

/**
 * The files every page needs whatever the stories: the stylesheet, and {@code 404.html}, the
 * reader's "page not found" page, which static hosts (and nginx with {@code error_page 404}) serve
 * for an address the export does not hold.
 */
@Singleton
@Order(50)
class SiteFilesStep implements ExportStep {

    private final SiteStylesheet stylesheet;
    private final ReaderErrorPages errorPages;

    SiteFilesStep(SiteStylesheet stylesheet, ReaderErrorPages errorPages) {
        this.stylesheet = stylesheet;
        this.errorPages = errorPages;
    }

    @Override
    public Pass begin(ExportRun run) {
        return new Pass() {
            @Override
            public void finish() {
                run.write(SiteStylesheet.PATH, FileLayout.Kind.NAMED, stylesheet::css);
                run.write("/404.html", FileLayout.Kind.NAMED, errorPages::notFound);
            }
        };
    }
}
