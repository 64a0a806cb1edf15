package news.cms.app.site;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What "nothing in this HTML runs" means, checked on the parsed tree as a browser builds it: no
 * script but JSON-LD data, no element that embeds, styles or submits, no event-handler attribute,
 * no URL with a scheme that runs code or smuggles a document.
 */
final class HtmlSafety {

    /** Elements that load or run something, restyle the page, or send a reader's input away. */
    private static final String LIVE_ELEMENTS = "iframe, frame, frameset, object, embed, applet, style, base, form,"
            + " button, input, textarea, svg, math, template, meta[http-equiv]";
    /** Attributes a browser follows or loads as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
            "background", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "manifest", "codebase", "xlink:href", "srcset");
    /** Schemes that run script or carry a whole document in the URL. */
    private static final List<String> LIVE_SCHEMES = List.of("javascript:", "vbscript:", "data:");
    /** A browser drops tabs and line breaks anywhere in a URL, then leading and trailing controls and spaces. */
    private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern EDGES_OF_URLS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");

    private HtmlSafety() {
    }

    /**
     * The site's own search boxes: a GET form to {@code /search} in the page's header, and on the
     * search page above the results. Stories are shown inside {@code main}'s articles, where no form
     * is ever allowed, so these are set aside by where they stand, not by what they say.
     */
    private static final String SITE_SEARCH = "header.site > form.site-search[method=get][action=/search], "
            + "main > header.listing > form.search-page[method=get][action=/search]";

    /** Fails, naming the culprit, when anything in {@code root} (a page, or a feed's HTML) could run. */
    static void assertInert(Element given, String where) {
        Element root = given.clone();
        root.select(SITE_SEARCH).remove();
        for (Element script : root.select("script")) {
            if (!script.attr("type").equals("application/ld+json")) {
                fail(where + " has a script: " + script.outerHtml());
            }
        }
        for (Element live : root.select(LIVE_ELEMENTS)) {
            fail(where + " has live markup: " + live.outerHtml());
        }
        for (Element element : root.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    fail(where + " has a " + name + " attribute: " + element.outerHtml());
                }
                if (URL_ATTRIBUTES.contains(name) && runsCode(name, attribute.getValue())) {
                    fail(where + " has a live URL in " + name + ": " + element.outerHtml());
                }
            }
        }
    }

    private static boolean runsCode(String attribute, String value) {
        List<String> urls = attribute.equals("srcset") ? List.of(value.split(",")) : List.of(value);
        for (String url : urls) {
            String seen = EDGES_OF_URLS.matcher(IGNORED_IN_URLS.matcher(url).replaceAll("")).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            if (LIVE_SCHEMES.stream().anyMatch(seen::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
