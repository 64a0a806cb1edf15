package news.cms.publishing.export;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import news.cms.core.section.Section;
import news.cms.core.story.Story;
import news.cms.publishing.listing.ListingHead;
import news.cms.publishing.listing.ListingPage;
import news.cms.publishing.listing.ListingPages;
import news.cms.publishing.site.SiteSettings;
import news.cms.publishing.site.Templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every page of every listing: home, each section's front, and each author's and tag's page that has
 * a live story. The stories come newest first, which is every listing's own order, so each listing
 * needs only the page it is filling: a page is written when the next one's first story arrives (then
 * it links to a next page) or at the end.
 */
@Singleton
@Order(20)
class ListingStep implements ExportStep {

    private final ListingPages pages;
    private final Templates templates;
    private final StoryPlaces places;
    private final SiteSettings site;

    ListingStep(ListingPages pages, Templates templates, StoryPlaces places, SiteSettings site) {
        this.pages = pages;
        this.templates = templates;
        this.places = places;
        this.site = site;
    }

    @Override
    public Pass begin(ExportRun run) {
        return new ListingPass(run);
    }

    private final class ListingPass implements Pass {

        private final ExportRun run;
        /** The listings met so far, by the URL of their first page; absent (null) when not rendered. */
        private final Map<String, Filling> listings = new HashMap<>();
        private final Map<String, Section> sections = new HashMap<>();

        ListingPass(ExportRun run) {
            this.run = run;
            // home and every section have a first page even with no story
            open(pages.homeListing());
            for (Section section : run.sections()) {
                sections.put(section.slug(), section);
                open(pages.sectionListing(section));
            }
        }

        @Override
        public void story(Story story) {
            ListingPage.Item item = null;
            for (StoryPlaces.Place place : places.listings(story)) {
                if (!run.rendersListing(place.path())) {
                    continue;
                }
                Filling filling = listings.containsKey(place.path()) ? listings.get(place.path())
                        : head(place).map(this::open).orElse(null);
                if (filling != null) {
                    item = item == null ? pages.item(story) : item;
                    filling.add(item);
                }
            }
        }

        @Override
        public void finish() {
            listings.values().forEach(Filling::finish);
        }

        /** Pages past a listing's new end, and listings (of authors, tags) left without a live story. */
        @Override
        public void prune() {
            if (!run.isIncremental()) {
                return;
            }
            for (String path : run.plan().listings()) {
                Filling filling = listings.get(path);
                if (filling != null) {
                    String pagesDir = path.equals("/") ? "/page" : path + "/page";
                    for (String name : run.list(pagesDir)) {
                        if (name.matches("[0-9]{1,9}") && Integer.parseInt(name) > filling.page) {
                            run.deleteTree(pagesDir + "/" + name);
                        }
                    }
                } else if (path.startsWith("/author/") || path.startsWith("/tag/")) {
                    run.deleteTree(path);
                }
            }
        }

        private Optional<ListingHead> head(StoryPlaces.Place place) {
            return switch (place.kind()) {
                case HOME -> Optional.of(pages.homeListing());
                case SECTION -> Optional.ofNullable(sections.get(place.slug())).map(pages::sectionListing);
                case AUTHOR -> pages.authorListing(place.slug());
                case TAG -> pages.tagListing(place.slug());
            };
        }

        private Filling open(ListingHead head) {
            if (!run.rendersListing(head.path())) {
                return null;
            }
            Filling filling = new Filling(head);
            listings.put(head.path(), filling);
            return filling;
        }

        /** One listing's page being filled. */
        private final class Filling {

            private final ListingHead head;
            private int page = 1;
            private List<ListingPage.Item> items = new ArrayList<>();

            Filling(ListingHead head) {
                this.head = head;
            }

            void add(ListingPage.Item item) {
                if (items.size() == site.getPageSize()) {
                    write(true);
                    page++;
                    items = new ArrayList<>();
                }
                items.add(item);
            }

            void finish() {
                write(false);
            }

            private void write(boolean more) {
                List<ListingPage.Item> full = List.copyOf(items);
                int n = page;
                run.write(head.pageUrl(n), FileLayout.Kind.HTML,
                        () -> templates.render("listing.jte", pages.page(head, full, n, more)));
            }
        }
    }
}
