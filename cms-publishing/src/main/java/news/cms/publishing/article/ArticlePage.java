package news.cms.publishing.article;

import io.micronaut.core.annotation.Nullable;
import news.cms.publishing.listing.ListingPage;

import java.util.List;

/**
 * An article as the template shows it. {@code bodyHtml} is already sanitised; {@code jsonLd} is
 * already safe to place inside a script element.
 */
public record ArticlePage(String siteName, String today, String canonicalUrl, String headline, String dek,
                          List<ListingPage.Credit> bylines, String published, String publishedIso,
                          @Nullable String updated, List<Notice> corrections, String bodyHtml, String section,
                          String sectionUrl, String jsonLd) {

    public record Notice(String date, String note) {
    }
}
