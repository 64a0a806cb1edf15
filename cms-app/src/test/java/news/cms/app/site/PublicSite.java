package news.cms.app.site;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import news.cms.app.ApiClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public site as its readers take it in: pages parsed by jsoup as a browser would, feeds by
 * ROME as a feed reader would, sitemaps validated against their schemas and parsed as a crawler
 * would. Every read insists on the status and media type a reader expects.
 */
final class PublicSite {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** Far more pages than any test makes: a listing whose next links go round in a circle ends here. */
    private static final int MAX_PAGES = 50;

    private final ApiClient api;
    private final String base;

    PublicSite(ApiClient api, URI server) {
        this.api = api;
        this.base = "http://localhost:" + server.getPort();
    }

    /** The absolute URL of a path, as feeds, sitemaps and canonical links give it. */
    String url(String path) {
        return base + path;
    }

    int status(String path) {
        return api.getAsBrowser(path).status();
    }

    /** An HTML page that answers 200. */
    Document page(String path) {
        ApiClient.Reply reply = read(path, "text/html");
        return Jsoup.parse(reply.body(), url(path));
    }

    /** Every page of a listing, from its first page on, following {@code link rel=next}. */
    List<Document> listing(String firstPage) {
        List<Document> pages = new ArrayList<>();
        String path = firstPage;
        while (path != null) {
            assertTrue(pages.size() < MAX_PAGES, firstPage + " has no last page");
            Document page = page(path);
            pages.add(page);
            Element next = page.selectFirst("link[rel=next]");
            path = next == null ? null : next.attr("href");
        }
        return pages;
    }

    /** The article paths a listing links its stories to, over all its pages, in order. */
    List<String> listedArticles(String firstPage) {
        List<String> paths = new ArrayList<>();
        for (Document page : listing(firstPage)) {
            paths.addAll(page.select("article.story h2 a").eachAttr("href"));
        }
        return paths;
    }

    /** A feed that answers 200, parsed by ROME. */
    SyndFeed feed(String path) {
        ApiClient.Reply reply = read(path, "application/");
        try {
            return new SyndFeedInput().build(new StringReader(reply.body()));
        } catch (FeedException e) {
            throw new AssertionError(path + " is not a feed ROME can read: " + e.getMessage() + "\n" + reply.body(), e);
        }
    }

    /** A sitemap that answers 200, valid against the sitemap and Google News schemas, parsed. */
    org.w3c.dom.Document sitemap(String path) {
        ApiClient.Reply reply = read(path, "application/xml");
        SitemapSchemas.assertValid(reply.body(), path);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError(path + " is not XML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every element of this name and namespace, in document order. */
    static List<String> texts(org.w3c.dom.Document xml, String namespace, String element) {
        NodeList nodes = xml.getElementsByTagNameNS(namespace, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private ApiClient.Reply read(String path, String mediaType) {
        ApiClient.Reply reply = api.getAsBrowser(path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        String type = reply.header("Content-Type");
        assertTrue(type != null && type.startsWith(mediaType), path + " answered " + type);
        return reply;
    }
}
