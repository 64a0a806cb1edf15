package news.cms.publishing.listing;

import jakarta.inject.Singleton;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.media.MediaItem;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Byline;
import news.cms.core.story.Listing;
import news.cms.core.story.ListingKey;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.tag.TagDirectory;
import news.cms.publishing.picture.PagePictures;
import news.cms.publishing.picture.ShownPicture;
import news.cms.publishing.site.PublicDates;
import news.cms.publishing.site.SiteSettings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;


/**
 * Builds the listing pages: home, section fronts, author and tag pages, newest first, a fixed
 * number of stories a page. Empty when the section, author or tag does not exist, or the page is past
 * the last one (the controller answers 404). A page can also be built from stories the caller has
 * read itself (the static export reads each story once for all its listings).
 */
@Singleton
public class ListingPages {

    /** A thumbnail beside the headline on a wide screen, across the screen on a phone. */
    private static final String THUMB_SIZES = "(min-width: 40rem) 16rem, 100vw";
    private static final int THUMB_FALLBACK = 640;
    /** The byline's photo: a small square beside the names. */
    private static final String FACE_SIZES = "2.5rem";
    private static final int FACE_FALLBACK = 160;
    private static final int FACE_SIZE = 40;

    private final PublishedStories published;
    private final PageBoundaries boundaries;
    private final SectionDirectory sections;
    private final AuthorDirectory authors;
    private final TagDirectory tags;
    private final PagePictures pictures;
    private final PublicDates dates;
    private final SiteSettings site;
    private final Clock clock;

    ListingPages(PublishedStories published, PageBoundaries boundaries, SectionDirectory sections,
                 AuthorDirectory authors, TagDirectory tags, PagePictures pictures, PublicDates dates,
                 SiteSettings site, Clock clock) {
        this.published = published;
        this.boundaries = boundaries;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.pictures = pictures;
        this.dates = dates;
        this.site = site;
        this.clock = clock;
    }

    public Optional<ListingPage> home(int page) {
        return page(homeListing(), page);
    }

    public Optional<ListingPage> section(String slug, int page) {
        return sectionListing(slug).flatMap(head -> page(head, page));
    }

    public Optional<ListingPage> author(String slug, int page) {
        return authorListing(slug).flatMap(head -> page(head, page));
    }

    public Optional<ListingPage> tag(String slug, int page) {
        return tagListing(slug).flatMap(head -> page(head, page));
    }

    public ListingHead homeListing() {
        return new ListingHead(Listing.home(), "/", site.getName(), "The latest stories");
    }

    public Optional<ListingHead> sectionListing(String slug) {
        return sections.find(slug).map(this::sectionListing);
    }

    public ListingHead sectionListing(Section section) {
        return new ListingHead(Listing.section(section.id()), "/" + section.slug(), section.title(), section.description());
    }

    public Optional<ListingHead> authorListing(String slug) {
        return authors.find(slug).map(author -> new ListingHead(Listing.author(author.id()), "/author/" + slug,
                author.name(), author.bio()));
    }

    public Optional<ListingHead> tagListing(String slug) {
        return tags.find(slug).map(tag -> new ListingHead(Listing.tag(tag.id()), "/tag/" + slug, tag.name(),
                "Stories tagged " + tag.name()));
    }

    /** Page {@code n} read from the listing's index; empty past the last page. */
    public Optional<ListingPage> page(ListingHead head, int page) {
        int size = site.getPageSize();
        PageBoundaries.Boundaries known = boundaries.of(head.path(), head.listing(), size);
        int pages = Math.max(1, (known.stories() + size - 1) / size);
        if (page < 1 || page > pages) {
            return Optional.empty();
        }
        ListingKey after = page == 1 ? null : known.pageEnds().get(page - 2);
        List<ListingPage.Item> items = items(published.page(head.listing(), after, size, clock.instant()));
        return Optional.of(page(head, items, page, page < pages));
    }

    /**
     * Page {@code n} of the listing from its stories, already read and made items.
     *
     * @param more whether the listing has stories after this page
     */
    public ListingPage page(ListingHead head, List<ListingPage.Item> items, int page, boolean more) {
        return new ListingPage(site.getName(), dates.today(), head.title(), head.description(), items, page,
                page == 1 ? null : head.pageUrl(page - 1), more ? head.pageUrl(page + 1) : null);
    }

    /** A story as one entry of a listing page. */
    public ListingPage.Item item(Story story) {
        return items(List.of(story)).get(0);
    }

    /** Stories as entries of a listing page, with their pictures and their first bylines' photos read together. */
    public List<ListingPage.Item> items(List<Story> stories) {
        PagePictures.OfStories found = pictures.ofStories(stories);
        return stories.stream().map(story -> item(story, found)).toList();
    }

    private ListingPage.Item item(Story story, PagePictures.OfStories found) {
        List<ListingPage.Credit> bylines = story.bylines().stream()
                .map((Byline b) -> new ListingPage.Credit(b.credit(), b.name(), "/author/" + b.slug())).toList();
        MediaItem lead = found.lead(story);
        ShownPicture picture = lead == null ? null : PagePictures.crop(lead, PagePictures.LISTING_CROP,
                PagePictures.altOf(story.leadImage().alt()), THUMB_SIZES, THUMB_FALLBACK).orElse(null);
        return new ListingPage.Item(story.address(), story.headline(), story.dek(), bylines,
                dates.day(story.publishedAt()), picture, face(found.face(story)));
    }

    /** The first byline's photo, beside the names: its alt is empty, the name next to it says who it is. */
    private static ShownPicture face(MediaItem photo) {
        return photo == null ? null : PagePictures.crop(photo, "1:1", "", FACE_SIZES, FACE_FALLBACK)
                .map(p -> new ShownPicture(p.src(), FACE_SIZE, FACE_SIZE, p.srcset(), p.sizes(), null, p.alt()))
                .orElse(null);
    }
}
