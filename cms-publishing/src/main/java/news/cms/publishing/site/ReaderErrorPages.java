package news.cms.publishing.site;

import jakarta.inject.Singleton;

/**
 * What a reader sees when a public address shows nothing (a story taken down, a mistyped link, a page
 * past the last) or the server fails: a page in the site's own layout that says so and leads back to
 * the front page, never indexed. The desk and the API have their own error answers.
 */
@Singleton
public class ReaderErrorPages {

    /** What the error page shows; the header's name and date are the site's, as on every page. */
    public record ErrorPage(String siteName, PublicDates.Day today, String title, String message) {
    }

    private final Templates templates;
    private final SiteSettings site;
    private final PublicDates dates;

    ReaderErrorPages(Templates templates, SiteSettings site, PublicDates dates) {
        this.templates = templates;
        this.site = site;
        this.dates = dates;
    }

    /** The 404 page. */
    public String notFound() {
        return page(404);
    }

    /** The page for an error status; the words are for readers, whatever went wrong underneath. */
    public String page(int status) {
        return templates.render("error.jte", new ErrorPage(site.getName(), dates.today(), title(status), message(status)));
    }

    private static String title(int status) {
        if (status == 404) {
            return "Page not found";
        }
        return status >= 500 ? "Something went wrong" : "This page cannot be shown";
    }

    private static String message(int status) {
        if (status == 404) {
            return "There is nothing at this address. The story may have been moved or taken down, or the link may be mistyped.";
        }
        return status >= 500
                ? "The site could not show this page just now. Try again in a moment."
                : "The site cannot answer this request. Check the address, or start again from the front page.";
    }
}
