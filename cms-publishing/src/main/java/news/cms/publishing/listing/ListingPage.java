package news.cms.publishing.listing;

import io.micronaut.core.annotation.Nullable;
import news.cms.publishing.picture.ShownPicture;
import news.cms.publishing.site.PublicDates;

import java.util.List;

/**
 * One listing page as the template shows it: the site's date, the listing's title and description,
 * and per story its lead image, the headline (linked), dek, the first byline's photo, the bylines
 * (each linked) and date.
 */
public record ListingPage(String siteName, PublicDates.Day today, String title, String description, List<Item> items,
                          int page, @Nullable String previousUrl, @Nullable String nextUrl) {

    /**
     * The stories a reader sees before scrolling: their pictures load at once, the rest only as they
     * come near (a phone shows two or three; a wide screen no more).
     */
    public static final int SHOWN_AT_ONCE = 3;

    /**
     * @param picture the lead image, or null when the story has none
     * @param face    the first byline's photo, or null when that author has none
     */
    public record Item(String url, String headline, String dek, List<Credit> bylines, PublicDates.Day date,
                       @Nullable ShownPicture picture, @Nullable ShownPicture face) {
    }

    /** A byline on a listing: the credit ("Translated by") when there is one, the name, the author page. */
    public record Credit(@Nullable String credit, String name, String url) {
    }
}
