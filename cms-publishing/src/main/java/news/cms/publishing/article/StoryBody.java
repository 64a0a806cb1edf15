package news.cms.publishing.article;

import jakarta.inject.Singleton;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    /** The body column's width on the article page; on phones the picture takes the screen's width. */
    private static final String SIZES = "(max-width: 44rem) 100vw, 44rem";
    /** The rendition an old browser, or one that reads no srcset, gets. */
    private static final int DEFAULT_WIDTH = 1280;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();
    private final MediaLibrary library;

    StoryBody(MediaLibrary library) {
        this.library = library;
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
        Map<Long, MediaItem> pictures = library.pictures(ids);
        for (Element image : images) {
            MediaItem picture = idOf(image).map(pictures::get).orElse(null);
            if (picture == null || picture.renditions().isEmpty()) {
                image.remove();
            } else {
                show(image, picture);
            }
        }
        return body.body().html();
    }

    private static void show(Element image, MediaItem picture) {
        List<MediaItem.Rendition> whole = picture.renditions().stream().filter(r -> r.crop() == null).toList();
        MediaItem.Rendition animation = whole.stream().filter(r -> r.type().equals("image/gif")).findFirst().orElse(null);
        if (animation != null) { // the animation itself, at its own size: a still would lose what it shows
            image.attr("src", animation.url()).attr("width", Integer.toString(animation.width()))
                    .attr("height", Integer.toString(animation.height())).attr("loading", "lazy");
            return;
        }
        List<MediaItem.Rendition> flat = whole.stream().filter(r -> !r.type().equals("image/webp"))
                .sorted(Comparator.comparingInt(MediaItem.Rendition::width)).toList();
        List<MediaItem.Rendition> webp = whole.stream().filter(r -> r.type().equals("image/webp"))
                .sorted(Comparator.comparingInt(MediaItem.Rendition::width)).toList();
        if (flat.isEmpty()) {
            image.remove();
            return;
        }
        MediaItem.Rendition shown = flat.stream().filter(r -> r.width() <= DEFAULT_WIDTH)
                .reduce((smaller, larger) -> larger).orElse(flat.get(0));
        image.attr("src", shown.url())
                .attr("srcset", srcset(flat))
                .attr("sizes", SIZES)
                .attr("width", Integer.toString(shown.width()))
                .attr("height", Integer.toString(shown.height()))
                .attr("loading", "lazy")
                .attr("decoding", "async");
        if (!webp.isEmpty()) {
            Element frame = image.wrap("<picture></picture>").parent();
            frame.prependElement("source").attr("type", "image/webp").attr("srcset", srcset(webp)).attr("sizes", SIZES);
        }
    }

    private static String srcset(List<MediaItem.Rendition> renditions) {
        return renditions.stream().map(r -> r.url() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    private static java.util.Optional<Long> idOf(Element image) {
        try {
            return java.util.Optional.of(Long.parseLong(image.attr("src").substring(LIBRARY.length()).strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
