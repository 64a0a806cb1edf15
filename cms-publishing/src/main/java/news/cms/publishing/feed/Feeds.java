package news.cms.publishing.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Singleton;
import news.cms.core.media.MediaItem;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.LeadImage;
import news.cms.core.story.Listing;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.publishing.picture.PagePictures;
import news.cms.publishing.site.SiteSettings;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.nodes.Entities;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The site's feeds, RSS 2.0 and Atom (ROME writes both), of the newest live stories of the whole
 * site or one section, with absolute links. What is not live is not in them. A story's lead image
 * is its entry's {@code media:content} in RSS and its enclosure link in Atom.
 */
@Singleton
public class Feeds {

    /** The feed formats we write, with their ROME names and media types. */
    public enum Format {
        RSS("rss_2.0", "application/rss+xml"), ATOM("atom_1.0", "application/atom+xml");

        final String rome;
        final String mediaType;

        Format(String rome, String mediaType) {
            this.rome = rome;
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** Stories in a feed, the newest. */
    public static final int ENTRIES = 20;
    private static final Namespace MEDIA_RSS = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    private final PublishedStories published;
    private final SectionDirectory sections;
    private final PagePictures pictures;
    private final SiteSettings site;
    private final Clock clock;

    Feeds(PublishedStories published, SectionDirectory sections, PagePictures pictures, SiteSettings site, Clock clock) {
        this.published = published;
        this.sections = sections;
        this.pictures = pictures;
        this.site = site;
        this.clock = clock;
    }

    public String site(Format format, String baseUrl) {
        return site(newest(Listing.home()), format, baseUrl);
    }

    /** The site's feed of its newest live stories, already read (at most {@link #ENTRIES} are used). */
    public String site(List<Story> newest, Format format, String baseUrl) {
        return write(feed(site.getName(), "The latest stories", baseUrl + "/", newest, baseUrl), format);
    }

    /** Empty when no section has the slug. */
    public Optional<String> section(String slug, Format format, String baseUrl) {
        return sections.find(slug).map((Section s) -> section(s, newest(Listing.section(s.id())), format, baseUrl));
    }

    /** The section's feed of its newest live stories, already read (at most {@link #ENTRIES} are used). */
    public String section(Section section, List<Story> newest, Format format, String baseUrl) {
        return write(feed(section.title() + " | " + site.getName(), section.description(),
                baseUrl + "/" + section.slug(), newest, baseUrl), format);
    }

    private List<Story> newest(Listing listing) {
        return published.page(listing, null, ENTRIES, clock.instant());
    }

    private SyndFeed feed(String title, String description, String link, List<Story> newest, String baseUrl) {
        List<Story> stories = newest.subList(0, Math.min(ENTRIES, newest.size()));
        SyndFeed feed = new SyndFeedImpl();
        feed.setTitle(title);
        feed.setDescription(description.isEmpty() ? title : description);
        feed.setLink(link);
        feed.setUri(link);
        feed.setLanguage("en");
        feed.setPublishedDate(Date.from(stories.isEmpty() ? clock.instant() : stories.get(0).publishedAt()));
        Map<Long, MediaItem> leads = pictures.pictures(stories.stream().map(Story::leadImage)
                .filter(Objects::nonNull).map(LeadImage::media).distinct().toList());
        feed.setEntries(stories.stream().map(story -> entry(story, leads, baseUrl)).toList());
        return feed;
    }

    private SyndEntry entry(Story story, Map<Long, MediaItem> leads, String baseUrl) {
        SyndEntry entry = new SyndEntryImpl();
        String url = baseUrl + story.address();
        entry.setTitle(story.headline());
        entry.setLink(url);
        entry.setUri(url);
        entry.setPublishedDate(Date.from(story.publishedAt()));
        entry.setUpdatedDate(Date.from(story.updatedAt()));
        SyndContent dek = new SyndContentImpl();
        // readers render an RSS description as HTML: the dek is text, so it goes in escaped, as HTML that shows it
        dek.setType("text/html");
        dek.setValue(Entities.escape(story.dek()));
        entry.setDescription(dek);
        // RSS 2.0 names authors in one dc:creator; Atom has an author element for each
        entry.setAuthor(story.bylines().stream().map(b -> b.name()).collect(Collectors.joining(", ")));
        entry.setAuthors(story.bylines().stream().map(byline -> {
            SyndPerson person = new SyndPersonImpl();
            person.setName(byline.name());
            person.setUri(baseUrl + "/author/" + byline.slug());
            return person;
        }).map(SyndPerson.class::cast).toList());
        MediaItem lead = story.leadImage() == null ? null : leads.get(story.leadImage().media());
        if (lead != null) {
            PagePictures.social(lead).ifPresent(r -> picture(entry, baseUrl + r.url(), r));
        }
        return entry;
    }

    /**
     * The lead image as Media RSS's {@code media:content}, which RSS readers and aggregators show, and as
     * an Atom {@code link rel="enclosure"}; ROME writes each format's own and leaves out the other's.
     */
    private static void picture(SyndEntry entry, String url, MediaItem.Rendition rendition) {
        entry.setForeignMarkup(List.of(new Element("content", MEDIA_RSS).setAttribute("url", url)
                .setAttribute("type", rendition.type()).setAttribute("medium", "image")
                .setAttribute("width", Integer.toString(rendition.width()))
                .setAttribute("height", Integer.toString(rendition.height()))));
        SyndLink article = new SyndLinkImpl();
        article.setRel("alternate");
        article.setType("text/html");
        article.setHref(entry.getLink());
        SyndLink enclosure = new SyndLinkImpl();
        enclosure.setRel("enclosure");
        enclosure.setType(rendition.type());
        enclosure.setHref(url);
        entry.setLinks(List.of(article, enclosure));
    }

    private static String write(SyndFeed feed, Format format) {
        feed.setFeedType(format.rome);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The " + format + " feed could not be written", e);
        }
    }
}
