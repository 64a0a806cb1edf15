package news.cms.publishing.article;

import jakarta.inject.Singleton;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A story's Markdown body as safe HTML: rendered by commonmark, then cleaned by jsoup's allow-list,
 * so no script, event handler, style or {@code javascript:} URL survives, whatever the body holds.
 */
@Singleton
public class StoryBody {

    /** Text markup, links, lists, tables, quotes and images by http(s) URL; nothing that runs. */
    private static final Safelist ALLOWED = Safelist.relaxed();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    public String html(String markdown) {
        String rendered = renderer.render(parser.parse(markdown == null ? "" : markdown));
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(rendered, "", ALLOWED, compact);
    }
}
