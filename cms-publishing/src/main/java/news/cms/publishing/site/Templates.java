package news.cms.publishing.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.inject.Singleton;

/**
 * Renders the public site's jte templates. They are compiled to Java classes at build time (the jte
 * Maven plugin), so nothing is parsed at run time, and every {@code ${…}} is HTML-escaped.
 */
@Singleton
public class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** @param template the file under {@code src/main/jte}, such as {@code listing.jte} */
    public String render(String template, Object model) {
        StringOutput output = new StringOutput(8192);
        engine.render(template, model, output);
        return output.toString();
    }
}
