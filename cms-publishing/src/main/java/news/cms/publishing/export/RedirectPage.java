package news.cms.publishing.export;

/**
 * What a static host serves at a path that leads to a story's address: the address, absolute, for
 * the refresh and the canonical link.
 */
public record RedirectPage(String siteName, String url) {
}
