package news.cms.publishing.site;

import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The public site's one stylesheet ({@code site/site.css} on the classpath), linked from every page
 * as {@link #PATH}: served by {@link StylesheetController} and written into every static export.
 * A file, not inline styles, so the preview's policy ({@code style-src 'self'}) shows a story styled
 * exactly as readers will see it.
 */
@Singleton
public class SiteStylesheet {

    /**
     * Where pages link to it, on the server and in an export: under {@code /assets}, a name no section
     * may take, so no section front's route competes for it.
     */
    public static final String PATH = "/assets/site.css";

    private final String css;

    SiteStylesheet(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream("classpath:site/site.css")
                .orElseThrow(() -> new IllegalStateException("site/site.css is missing from the classpath"))) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String css() {
        return css;
    }
}
