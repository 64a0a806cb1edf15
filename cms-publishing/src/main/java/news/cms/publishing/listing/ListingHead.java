package news.cms.publishing.listing;

import news.cms.core.story.Listing;

/**
 * One listing of the site as readers find it: which stories ({@code listing}), where its first page
 * lives ({@code /}, {@code /news}, {@code /author/min-chao-choy}, {@code /tag/floods}) and what its
 * header says.
 */
public record ListingHead(Listing listing, String path, String title, String description) {

    /** The URL of page {@code n} (n ≥ 1) of this listing. */
    public String pageUrl(int n) {
        return n == 1 ? path : path + (path.endsWith("/") ? "" : "/") + "page/" + n;
    }
}
