package news.cms.publishing.article;

import jakarta.inject.Singleton;
import news.cms.core.media.MediaItem;
import news.cms.publishing.picture.PagePictures;
import news.cms.publishing.picture.ShownPicture;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story's Markdown body as safe HTML: rendered by commonmark, then cleaned by jsoup's allow-list,
 * so no script, event handler, style or {@code javascript:} URL survives, whatever the body holds.
 * A picture from the library, {@code ![alt](media:ID)}, becomes that picture's renditions: an
 * {@code <img>} with its size, a {@code srcset} of its whole-picture widths and a WebP
 * {@code <source>}. Those attributes are added after cleaning, from the library's own rows, so a body
 * can never write them; a {@code media:} address that names no picture is dropped.
 */
@Singleton
public class StoryBody {

    /** Text markup, links, lists, tables, quotes and images by http(s) URL, or a library picture; nothing that runs. */
    private static final Safelist ALLOWED = Safelist.relaxed().addProtocols("img", "src", "media");
    private static final String LIBRARY = "media:";
    private static final Pattern NAMED = Pattern.compile("\\(\\s*<?media:\\s*([0-9]{1,19})");
    /** The body column's width on the article page; on phones the picture takes the screen's width. */
    private static final String SIZES = "(max-width: 44rem) 100vw, 44rem";
    /** The rendition an old browser, or one that reads no srcset, gets. */
    private static final int DEFAULT_WIDTH = 1280;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();
    private final PagePictures pictures;

    StoryBody(PagePictures pictures) {
        this.pictures = pictures;
    }

    /** The library pictures a body names, {@code ![alt](media:ID)}; perhaps more (one in a code block), never fewer. */
    public static Set<Long> pictureIds(String markdown) {
        Set<Long> ids = new HashSet<>();
        Matcher named = NAMED.matcher(markdown == null ? "" : markdown);
        while (named.find()) {
            try {
                ids.add(Long.parseLong(named.group(1)));
            } catch (NumberFormatException e) {
                // more digits than an id has: it names no picture
            }
        }
        return ids;
    }

    public String html(String markdown) {
        String rendered = renderer.render(parser.parse(markdown == null ? "" : markdown));
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(rendered, "", ALLOWED, compact);
        if (!clean.contains("src=\"" + LIBRARY)) {
            return clean;
        }
        Document body = Jsoup.parseBodyFragment(clean);
        body.outputSettings(compact);
        List<Element> images = body.select("img[src^=" + LIBRARY + "]");
        Set<Long> ids = new HashSet<>();
        for (Element image : images) {
            idOf(image).ifPresent(ids::add);
        }
        Map<Long, MediaItem> found = pictures.pictures(ids);
        for (Element image : images) {
            MediaItem picture = idOf(image).map(found::get).orElse(null);
            if (picture == null || picture.renditions().isEmpty()) {
                image.remove();
            } else {
                show(image, picture);
            }
        }
        return body.body().html();
    }

    private static void show(Element image, MediaItem picture) {
        Optional<ShownPicture> shown = PagePictures.whole(picture, image.attr("alt"), SIZES, DEFAULT_WIDTH);
        if (shown.isEmpty()) {
            image.remove();
            return;
        }
        ShownPicture p = shown.get();
        image.attr("src", p.src()).attr("width", Integer.toString(p.width()))
                .attr("height", Integer.toString(p.height())).attr("loading", "lazy").attr("decoding", "async");
        if (p.srcset() != null) {
            image.attr("srcset", p.srcset()).attr("sizes", p.sizes());
        }
        if (p.webp() != null) {
            Element frame = image.wrap("<picture></picture>").parent();
            frame.prependElement("source").attr("type", "image/webp").attr("srcset", p.webp()).attr("sizes", p.sizes());
        }
    }

    private static Optional<Long> idOf(Element image) {
        try {
            return Optional.of(Long.parseLong(image.attr("src").substring(LIBRARY.length()).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
