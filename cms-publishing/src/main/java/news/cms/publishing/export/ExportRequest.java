package news.cms.publishing.export;

import java.net.URI;
import java.nio.file.Path;

/**
 * One export: into {@code out} (a symbolic link to the current generation once exported), everything
 * or only what changed since the last export, with absolute URLs under {@code baseUrl}.
 */
public record ExportRequest(Path out, boolean incremental, String baseUrl) {

    public ExportRequest {
        out = out.toAbsolutePath().normalize();
        baseUrl = checkedBaseUrl(baseUrl);
    }

    private static String checkedBaseUrl(String url) {
        String trimmed = url == null ? "" : url.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new ExportException("The base URL '" + url + "' is not an absolute http(s) URL: set CMS_BASE_URL "
                    + "(or pass --base-url) to the public site's address, such as https://news.example.com");
        }
        return trimmed;
    }
}
