package news.cms.publishing.listing;

import io.micronaut.core.annotation.Nullable;
import news.cms.publishing.site.PublicDates;

import java.util.List;

/**
 * One listing page as the template shows it: the site's date, the listing's title and description,
 * and per story the headline (linked), dek, bylines (each linked) and date.
 */
public record ListingPage(String siteName, PublicDates.Day today, String title, String description, List<Item> items,
                          int page, @Nullable String previousUrl, @Nullable String nextUrl) {

    public record Item(String url, String headline, String dek, List<Credit> bylines, PublicDates.Day date) {
    }

    /** A byline on a listing: the credit ("Translated by") when there is one, the name, the author page. */
    public record Credit(@Nullable String credit, String name, String url) {
    }
}
