package news.cms.publishing.article;

import io.micronaut.core.annotation.Nullable;
import news.cms.publishing.listing.ListingPage;
import news.cms.publishing.picture.ShownPicture;
import news.cms.publishing.site.PublicDates;

import java.util.List;

/**
 * An article as the template shows it. {@code bodyHtml} is already sanitised; {@code jsonLd} is
 * already safe to place inside a script element. {@code alternates} lists every live language
 * version, this one included, once there is more than one. {@code preview} marks a page shown to
 * the newsroom before the story is live: a banner says so and search engines are asked to stay away.
 * {@code lead} is the lead image with its caption and credit; {@code socialImage} the absolute
 * address of the file social previews show (both null without a lead image).
 */
public record ArticlePage(String siteName, PublicDates.Day today, String language, String canonicalUrl,
                          List<Alternate> alternates, String headline, String dek,
                          List<ListingPage.Credit> bylines, PublicDates.Day published, String publishedIso,
                          @Nullable PublicDates.Day updated, List<Notice> corrections, String bodyHtml, String section,
                          String sectionUrl, String jsonLd, boolean preview, @Nullable Figure lead,
                          @Nullable SocialImage socialImage) {

    /** A picture with what the page says under it. */
    public record Figure(ShownPicture picture, @Nullable String caption, @Nullable String credit) {
    }

    /** The picture a shared link shows: og:image and its alt text. */
    public record SocialImage(String url, int width, int height, String type, String alt) {
    }

    public record Notice(String date, String note) {
    }

    /** A language version of the article ({@code hreflang}); empty when it has no live translations. */
    public record Alternate(String language, String url) {
    }
}
