package news.cms.publishing.site;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The public site's own settings ({@code cms.site}); dates and zone come from {@code CmsSettings}. */
@ConfigurationProperties("cms.site")
public class SiteSettings {

    /** The name in every page title and header. */
    private String name = "Newsroom";
    /** Stories on one listing page. */
    private int pageSize = 10;
    /**
     * Keep rendered pages in memory ({@code CMS_SITE_PAGE_CACHE}); off only to measure what a page
     * costs to render, or to rule the cache out when looking for a fault.
     */
    private boolean pageCache = true;
    /** URLs in one sitemap file (the protocol allows 50,000); a larger site gets a sitemap index. */
    private int sitemapUrls = 50_000;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public boolean isPageCache() {
        return pageCache;
    }

    public void setPageCache(boolean pageCache) {
        this.pageCache = pageCache;
    }

    public int getSitemapUrls() {
        return sitemapUrls;
    }

    public void setSitemapUrls(int sitemapUrls) {
        this.sitemapUrls = sitemapUrls;
    }
}
