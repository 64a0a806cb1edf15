package news.cms.publishing.listing;

import jakarta.inject.Singleton;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Byline;
import news.cms.core.story.Listing;
import news.cms.core.story.ListingKey;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.tag.Tag;
import news.cms.core.tag.TagDirectory;
import news.cms.publishing.site.PublicDates;
import news.cms.publishing.site.SiteSettings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Builds the listing pages: home, section fronts, author and tag pages, newest first, a fixed
 * number of stories a page. Empty when the section, author or tag does not exist, or the page is past
 * the last one (the controller answers 404).
 */
@Singleton
public class ListingPages {

    private final PublishedStories published;
    private final PageBoundaries boundaries;
    private final SectionDirectory sections;
    private final AuthorDirectory authors;
    private final TagDirectory tags;
    private final PublicDates dates;
    private final SiteSettings site;
    private final Clock clock;

    ListingPages(PublishedStories published, PageBoundaries boundaries, SectionDirectory sections,
                 AuthorDirectory authors, TagDirectory tags, PublicDates dates, SiteSettings site, Clock clock) {
        this.published = published;
        this.boundaries = boundaries;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.dates = dates;
        this.site = site;
        this.clock = clock;
    }

    public Optional<ListingPage> home(int page) {
        return page(Listing.home(), "/", site.getName(), "The latest stories", page);
    }

    public Optional<ListingPage> section(String slug, int page) {
        return sections.find(slug).flatMap(section -> page(Listing.section(section.id()), "/" + slug,
                section.title(), section.description(), page));
    }

    public Optional<ListingPage> author(String slug, int page) {
        return authors.find(slug).flatMap(author -> page(Listing.author(author.id()), "/author/" + slug,
                author.name(), author.bio(), page));
    }

    public Optional<ListingPage> tag(String slug, int page) {
        Optional<Tag> tag = tags.find(slug);
        return tag.flatMap(t -> page(Listing.tag(t.id()), "/tag/" + slug, t.name(), "Stories tagged " + t.name(), page));
    }

    private Optional<ListingPage> page(Listing listing, String base, String title, String description, int page) {
        int size = site.getPageSize();
        PageBoundaries.Boundaries known = boundaries.of(base, listing, size);
        int pages = Math.max(1, (known.stories() + size - 1) / size);
        if (page < 1 || page > pages) {
            return Optional.empty();
        }
        ListingKey after = page == 1 ? null : known.pageEnds().get(page - 2);
        List<ListingPage.Item> items = published.page(listing, after, size, clock.instant()).stream()
                .map(this::item).toList();
        return Optional.of(new ListingPage(site.getName(), dates.today(), title, description, items, page,
                page == 1 ? null : page == 2 ? base : base + (base.endsWith("/") ? "" : "/") + "page/" + (page - 1),
                page == pages ? null : base + (base.endsWith("/") ? "" : "/") + "page/" + (page + 1)));
    }

    private ListingPage.Item item(Story story) {
        List<ListingPage.Credit> bylines = story.bylines().stream()
                .map((Byline b) -> new ListingPage.Credit(b.credit(), b.name(), "/author/" + b.slug())).toList();
        return new ListingPage.Item(dates.articlePath(story.publishedAt(), story.slug()), story.headline(), story.dek(),
                bylines, dates.day(story.publishedAt()));
    }
}
