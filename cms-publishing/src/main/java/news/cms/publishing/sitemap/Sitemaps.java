package news.cms.publishing.sitemap;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import news.cms.core.media.MediaItem;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Listing;
import news.cms.core.story.ListingKey;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.story.StoryAddress;
import news.cms.publishing.picture.PagePictures;
import news.cms.publishing.site.SiteSettings;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * {@code sitemap.xml}: every live story, newest first, read a batch at a time by key, then the home
 * page and the section fronts. While they fit in one file ({@code cms.site.sitemap-urls}, 50,000 as
 * the protocol allows) that is the sitemap itself; beyond, {@code sitemap.xml} is an index of
 * {@code sitemap-1.xml}, {@code sitemap-2.xml}… cut from the oldest end, each full but the last: a
 * publication changes only the last, partly filled part, the one a crawler needs to fetch again.
 * {@code news-sitemap.xml} is Google News's: stories published in the last 48 hours. Written with the
 * JDK's XML writer, so every value is escaped. A story's lead image is named in its {@code <url>}
 * (Google's image sitemap extension), as its largest whole picture.
 */
@Singleton
public class Sitemaps {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
    /** Keys or addresses (never whole stories) read at a time: to write a part, or to skip to one. */
    private static final int KEY_BATCH = 10_000;
    private static final Duration NEWS_WINDOW = Duration.ofHours(48);
    /** Google News takes at most 1,000 stories per news sitemap. */
    public static final int NEWS_MAX = 1000;

    private final PublishedStories published;
    private final SectionDirectory sections;
    private final PagePictures pictures;
    private final SiteSettings site;
    private final Clock clock;

    Sitemaps(PublishedStories published, SectionDirectory sections, PagePictures pictures, SiteSettings site,
             Clock clock) {
        this.published = published;
        this.sections = sections;
        this.pictures = pictures;
        this.site = site;
        this.clock = clock;
    }

    /** {@code /sitemap.xml}: every URL while they fit in one file, else the index of the parts. */
    public String sitemap(String baseUrl) {
        Instant now = clock.instant();
        List<String> fronts = fronts(baseUrl);
        long stories = published.count(Listing.home(), now);
        long urls = fronts.size() + stories;
        return urls <= limit() ? urlSet(fronts, stories, 0, urls, baseUrl, now) : index(baseUrl, partsOf(urls));
    }

    /**
     * {@code /sitemap-{n}.xml}; empty past the last part, or when the site fits in {@code sitemap.xml}.
     * The site's URLs are the live stories newest first, then the fronts; parts are cut from the
     * oldest end, so part 1 holds the oldest and a publication changes only the last part.
     */
    public Optional<String> part(int n, String baseUrl) {
        Instant now = clock.instant();
        List<String> fronts = fronts(baseUrl);
        long stories = published.count(Listing.home(), now);
        long urls = fronts.size() + stories;
        if (urls <= limit() || n < 1 || n > partsOf(urls)) {
            return Optional.empty();
        }
        long skip = Math.max(0, urls - (long) n * limit());
        long end = urls - (long) (n - 1) * limit();
        return Optional.of(urlSet(fronts, stories, skip, end - skip, baseUrl, now));
    }

    /**
     * The same files written from stories the caller reads itself, newest first (the static export):
     * {@code files} receives each file's path ({@code /sitemap.xml}, {@code /sitemap-2.xml}) and
     * content, a part as soon as it is full.
     */
    public Split split(String baseUrl, Instant now, BiConsumer<String, String> files) {
        return new Split(baseUrl, published.count(Listing.home(), now), files);
    }

    /** See {@link #split}. Not thread-safe: one reader adds the stories in order, newest first. */
    public final class Split {

        private final String baseUrl;
        private final BiConsumer<String, String> files;
        private final List<String> fronts;
        private final int parts;
        /** Where the sequence starts in the last part: parts are cut from the oldest end. */
        private final long offset;
        private long added;
        private int part;
        private UrlSet current = new UrlSet();

        private Split(String baseUrl, long stories, BiConsumer<String, String> files) {
            this.baseUrl = baseUrl;
            this.files = files;
            this.fronts = fronts(baseUrl);
            long urls = stories + fronts.size();
            this.parts = urls <= limit() ? 0 : partsOf(urls);
            this.offset = parts == 0 ? 0 : (long) parts * limit() - urls;
            this.part = Math.max(parts, 1);
        }

        public void add(Story story) {
            Long lead = story.leadImage() == null ? null : story.leadImage().media();
            add(storyUrl(story, baseUrl), story.updatedAt(),
                    lead == null ? null : imageOf(pictures.pictures(List.of(lead)).get(lead), baseUrl));
        }

        private void add(String loc, @Nullable Instant lastModified, @Nullable String image) {
            // a story published while the export read could make one more than counted: it stays in part 1
            int partOfThis = parts == 0 ? 1 : (int) Math.max(1, parts - (added + offset) / limit());
            if (partOfThis != part) {
                files.accept(partPath(part), current.finish());
                current = new UrlSet();
                part = partOfThis;
            }
            current.add(loc, lastModified, image);
            added++;
        }

        /**
         * Adds the fronts, writes the last file and the index, or the one sitemap when everything fitted.
         *
         * @return how many parts there are; 0 when {@code sitemap.xml} holds every URL itself
         */
        public int finish() {
            fronts.forEach(loc -> add(loc, null, null));
            if (parts == 0) {
                files.accept("/sitemap.xml", current.finish());
                return 0;
            }
            files.accept(partPath(part), current.finish());
            files.accept("/sitemap.xml", index(baseUrl, parts));
            return parts;
        }
    }

    public String newsSitemap(String baseUrl) {
        Instant now = clock.instant();
        return newsSitemap(published.page(Listing.home(), null, NEWS_MAX, now), baseUrl, now);
    }

    /** The news sitemap of the newest live stories, already read (at most {@link #NEWS_MAX} are used). */
    public String newsSitemap(List<Story> newest, String baseUrl, Instant now) {
        Instant since = now.minus(NEWS_WINDOW);
        return xml(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            boolean quiet = true;
            for (Story story : newest.subList(0, Math.min(NEWS_MAX, newest.size()))) {
                if (story.publishedAt().isBefore(since)) {
                    break;
                }
                quiet = false;
                xml.writeStartElement("url");
                element(xml, "loc", storyUrl(story, baseUrl));
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
                xml.writeStartElement("url");
                element(xml, "loc", baseUrl + "/");
                xml.writeEndElement();
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
        String language = languageTag.split("-")[0].toLowerCase(Locale.ROOT);
        if (!language.equals("zh")) {
            return language;
        }
        Locale locale = Locale.forLanguageTag(languageTag);
        boolean traditional = locale.getScript().equals("Hant")
                || locale.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? "zh-tw" : "zh-cn";
    }

    /** Whether the story is recent enough for the news sitemap. */
    public static boolean isNews(Story story, Instant now) {
        return !story.publishedAt().isBefore(now.minus(NEWS_WINDOW));
    }

    private int limit() {
        return Math.max(1, site.getSitemapUrls());
    }

    private int partsOf(long urls) {
        return (int) ((urls + limit() - 1) / limit());
    }

    private static String partPath(int n) {
        return "/sitemap-" + n + ".xml";
    }

    private List<String> fronts(String baseUrl) {
        List<String> fronts = new ArrayList<>();
        fronts.add(baseUrl + "/");
        for (Section section : sections.list()) {
            fronts.add(baseUrl + "/" + section.slug());
        }
        return fronts;
    }

    private String storyUrl(Story story, String baseUrl) {
        return baseUrl + story.address();
    }

    /**
     * {@code size} URLs of the site's sequence (live stories newest first, then the fronts) from
     * position {@code skip} on; the stories are read by key, four columns each.
     */
    private String urlSet(List<String> fronts, long stories, long skip, long size, String baseUrl, Instant now) {
        UrlSet set = new UrlSet();
        if (skip < stories) {
            ListingKey after = null;
            if (skip > 0) {
                Optional<ListingKey> last = keyOfStory(skip, now);
                if (last.isEmpty()) {
                    return set.finish();
                }
                after = last.get();
            }
            while (set.size() < size) {
                int wanted = (int) Math.min(KEY_BATCH, size - set.size());
                List<StoryAddress> addresses = published.addresses(after, wanted, now);
                Map<Long, MediaItem> leads = pictures.pictures(addresses.stream().map(StoryAddress::leadImage)
                        .filter(Objects::nonNull).distinct().toList());
                for (StoryAddress address : addresses) {
                    set.add(baseUrl + address.address(), address.updatedAt(),
                            address.leadImage() == null ? null : imageOf(leads.get(address.leadImage()), baseUrl));
                }
                if (addresses.size() < wanted) {
                    break;
                }
                after = addresses.get(addresses.size() - 1).key();
            }
        }
        for (long i = Math.max(0, skip - stories); i < fronts.size() && set.size() < size; i++) {
            set.add(fronts.get((int) i), null, null);
        }
        return set.finish();
    }

    /** The key of the n-th live story, newest first (n ≥ 1), read from the index alone; the last one's when fewer. */
    private Optional<ListingKey> keyOfStory(long n, Instant now) {
        ListingKey after = null;
        long left = n;
        while (left > 0) {
            int wanted = (int) Math.min(KEY_BATCH, left);
            List<ListingKey> keys = published.keys(Listing.home(), after, wanted, now);
            if (!keys.isEmpty()) {
                after = keys.get(keys.size() - 1);
            }
            if (keys.size() < wanted) {
                break;
            }
            left -= wanted;
        }
        return Optional.ofNullable(after);
    }

    /** The absolute address of a lead image's largest whole picture; null when there is none. */
    private static String imageOf(@Nullable MediaItem picture, String baseUrl) {
        return picture == null ? null : PagePictures.largest(picture).map(r -> baseUrl + r.url()).orElse(null);
    }

    private String index(String baseUrl, int parts) {
        return xml(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (int n = 1; n <= parts; n++) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", baseUrl + partPath(n));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** One {@code <urlset>} file, written URL by URL. */
    private static final class UrlSet {

        private final StringWriter out = new StringWriter();
        private final XMLStreamWriter xml;
        private int size;

        UrlSet() {
            try {
                xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeStartElement("urlset");
                xml.writeDefaultNamespace(SITEMAP_NS);
                xml.writeNamespace("image", IMAGE_NS);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("A sitemap could not be written", e);
            }
        }

        int size() {
            return size;
        }

        void add(String loc, @Nullable Instant lastModified, @Nullable String image) {
            try {
                xml.writeStartElement("url");
                element(xml, "loc", loc);
                if (lastModified != null) {
                    element(xml, "lastmod", lastModified.toString());
                }
                if (image != null) {
                    xml.writeStartElement(IMAGE_NS, "image");
                    xml.writeStartElement(IMAGE_NS, "loc");
                    xml.writeCharacters(image);
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                size++;
            } catch (XMLStreamException e) {
                throw new IllegalStateException("A sitemap could not be written", e);
            }
        }

        String finish() {
            try {
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("A sitemap could not be written", e);
            }
            return out.toString();
        }
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
