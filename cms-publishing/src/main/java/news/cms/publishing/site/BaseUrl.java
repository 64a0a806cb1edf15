package news.cms.publishing.site;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import news.cms.core.settings.CmsSettings;

/** The public site's absolute URL: {@code CMS_BASE_URL}, else this server on localhost. */
@Singleton
public class BaseUrl {

    private final CmsSettings settings;

    BaseUrl(CmsSettings settings) {
        this.settings = settings;
    }

    /** Without a trailing slash, so that paths are appended as they are. */
    public String of(HttpRequest<?> request) {
        return settings.getBaseUrl().map(url -> url.replaceAll("/+$", ""))
                .orElse("http://localhost:" + request.getServerAddress().getPort());
    }
}
