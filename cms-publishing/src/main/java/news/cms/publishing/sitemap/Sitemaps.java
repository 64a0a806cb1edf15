package news.cms.publishing.sitemap;

import jakarta.inject.Singleton;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Listing;
import news.cms.core.story.ListingKey;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.publishing.site.PublicDates;
import news.cms.publishing.site.SiteSettings;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code sitemap.xml} (the section fronts and every live story, read a batch at a time by key) and
 * {@code news-sitemap.xml} (Google News: stories published in the last 48 hours). Written with the
 * JDK's XML writer, so every value is escaped.
 */
@Singleton
public class Sitemaps {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final int BATCH = 500;
    /** One sitemap file may hold 50,000 URLs; a larger site needs a sitemap index (not yet written). */
    private static final int MAX_URLS = 50_000;
    private static final Duration NEWS_WINDOW = Duration.ofHours(48);

    private final PublishedStories published;
    private final SectionDirectory sections;
    private final PublicDates dates;
    private final SiteSettings site;
    private final Clock clock;

    Sitemaps(PublishedStories published, SectionDirectory sections, PublicDates dates, SiteSettings site, Clock clock) {
        this.published = published;
        this.sections = sections;
        this.dates = dates;
        this.site = site;
        this.clock = clock;
    }

    public String sitemap(String baseUrl) {
        return xml(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            url(xml, baseUrl + "/", null);
            for (Section section : sections.list()) {
                url(xml, baseUrl + "/" + section.slug(), null);
            }
            Instant now = clock.instant();
            int written = 0;
            ListingKey after = null;
            List<Story> batch;
            do {
                batch = published.page(Listing.home(), after, BATCH, now);
                for (Story story : batch) {
                    if (written++ < MAX_URLS) {
                        url(xml, baseUrl + dates.articlePath(story.publishedAt(), story.slug()), story.updatedAt());
                    }
                }
                if (!batch.isEmpty()) {
                    Story last = batch.get(batch.size() - 1);
                    after = new ListingKey(last.publishedAt(), last.id());
                }
            } while (batch.size() == BATCH && written < MAX_URLS);
            xml.writeEndElement();
        });
    }

    public String newsSitemap(String baseUrl) {
        Instant now = clock.instant();
        Instant since = now.minus(NEWS_WINDOW);
        return xml(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            boolean quiet = true;
            // Google News takes at most 1,000 stories per news sitemap
            for (Story story : published.page(Listing.home(), null, 1000, now)) {
                if (story.publishedAt().isBefore(since)) {
                    break;
                }
                quiet = false;
                xml.writeStartElement("url");
                element(xml, "loc", baseUrl + dates.articlePath(story.publishedAt(), story.slug()));
                xml.writeStartElement(NEWS_NS, "news");
                xml.writeStartElement(NEWS_NS, "publication");
                xml.writeStartElement(NEWS_NS, "name");
                xml.writeCharacters(site.getName());
                xml.writeEndElement();
                xml.writeStartElement(NEWS_NS, "language");
                xml.writeCharacters(newsLanguage(story.language()));
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement(NEWS_NS, "publication_date");
                xml.writeCharacters(story.publishedAt().toString());
                xml.writeEndElement();
                xml.writeStartElement(NEWS_NS, "title");
                xml.writeCharacters(story.headline());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            }
            if (quiet) {
                // a urlset holds at least one url (sitemap schema): the front page, without news, which Google allows
                url(xml, baseUrl + "/", null);
            }
            xml.writeEndElement();
        });
    }

    /**
     * Google News takes an ISO 639 code, not a BCP 47 tag: {@code pt-BR} is {@code pt}; Chinese is
     * {@code zh-tw} in traditional characters ({@code zh-Hant}, or Taiwan, Hong Kong, Macau) and
     * {@code zh-cn} otherwise.
     */
    private static String newsLanguage(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = languageTag.split("-")[0].toLowerCase(Locale.ROOT);
        if (!language.equals("zh")) {
            return language;
        }
        boolean traditional = locale.getScript().equals("Hant")
                || locale.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? "zh-tw" : "zh-cn";
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", lastModified.toString());
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String xml(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A sitemap could not be written", e);
        }
        return out.toString();
    }
}
