package news.cms.publishing.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import news.cms.core.media.MediaItem;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.AddressRule;
import news.cms.core.story.Byline;
import news.cms.core.story.LeadImage;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.story.StoryRedirects;
import news.cms.core.translation.StoryTranslations;
import news.cms.publishing.listing.ListingPage;
import news.cms.publishing.picture.PagePictures;
import news.cms.publishing.site.PublicDates;
import news.cms.publishing.site.SiteSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds article pages for live stories at their stored address ({@code /{yyyy}/{mm}/{slug}}, fixed
 * when the story was first published), and says where a path that leads to a story has gone.
 */
@Singleton
public class ArticlePages {

    @Serdeable
    record Person(String name, String url) {
    }

    /** schema.org NewsArticle, with every author and its lead image's 16:9, 4:3 and 1:1 crops (as Google asks). */
    @Serdeable
    record NewsArticle(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String headline,
                       String description, String datePublished, String dateModified, List<Person> author,
                       String mainEntityOfPage, @Nullable List<String> image) {
    }

    /** The lead image across the article's column, or the phone's screen. */
    private static final String LEAD_SIZES = "(max-width: 46rem) 100vw, 44rem";
    private static final int LEAD_FALLBACK = 1280;

    private final PublishedStories published;
    private final StoryRedirects redirects;
    private final AddressRule rule;
    private final StoryTranslations translations;
    private final SectionDirectory sections;
    private final StoryBody body;
    private final PagePictures pictures;
    private final PublicDates dates;
    private final SiteSettings site;
    private final JsonMapper json;
    private final Clock clock;

    ArticlePages(PublishedStories published, StoryRedirects redirects, AddressRule rule, StoryTranslations translations,
                 SectionDirectory sections, StoryBody body, PagePictures pictures, PublicDates dates, SiteSettings site,
                 JsonMapper json, Clock clock) {
        this.published = published;
        this.redirects = redirects;
        this.rule = rule;
        this.translations = translations;
        this.sections = sections;
        this.body = body;
        this.pictures = pictures;
        this.dates = dates;
        this.site = site;
        this.json = json;
        this.clock = clock;
    }

    /** The live story whose address {@code path} is. */
    public Optional<Story> find(String path) {
        return published.findByAddress(path, clock.instant());
    }

    /**
     * The address of the live story that {@code path} leads to (an address it had before, or the one
     * today's zone would give it), when {@code path} is no story's own address.
     */
    public Optional<String> movedFrom(String path) {
        return redirects.redirectTo(path, clock.instant());
    }

    public ArticlePage page(Story story, String baseUrl) {
        return page(story, sections.find(story.section()).map(s -> s.title()).orElse(story.section()), baseUrl);
    }

    /** The page of a story whose section's title the caller knows already. */
    public ArticlePage page(Story story, String sectionTitle, String baseUrl) {
        return page(story, sectionTitle, liveTranslations(story), baseUrl);
    }

    /** The story's other language versions, live or not: a change to any of them changes its page. */
    public List<Long> translationsOf(Story story) {
        return translations.linkedTo(story.id());
    }

    /** The story's other language versions that are live now. */
    private List<Story> liveTranslations(Story story) {
        Instant now = clock.instant();
        return translationsOf(story).stream()
                .flatMap(id -> published.find(id, now).stream())
                .toList();
    }

    /**
     * A preview of the story's page as it stands now, live or not, marked as a preview: dated with its
     * publish time, else its scheduled time, else now (the time it would get if published now); at
     * its address, or the one it would get if first published at that time.
     */
    public ArticlePage preview(Story story, String baseUrl) {
        Instant publishedAt = story.publishedAt() != null ? story.publishedAt()
                : story.scheduledAt() != null ? story.scheduledAt() : clock.instant();
        String path = story.address() != null ? story.address() : rule.addressOf(publishedAt, story.slug());
        String sectionTitle = sections.find(story.section()).map(s -> s.title()).orElse(story.section());
        return page(story, sectionTitle, liveTranslations(story), baseUrl, path, publishedAt, true);
    }

    /** The page of a live story, with its live translations as alternates. */
    private ArticlePage page(Story story, String sectionTitle, List<Story> liveTranslations, String baseUrl) {
        return page(story, sectionTitle, liveTranslations, baseUrl, story.address(), story.publishedAt(), false);
    }

    private ArticlePage page(Story story, String sectionTitle, List<Story> liveTranslations, String baseUrl,
                             String path, Instant publishedAt, boolean preview) {
        List<ListingPage.Credit> bylines = story.bylines().stream()
                .map((Byline b) -> new ListingPage.Credit(b.credit(), b.name(), "/author/" + b.slug())).toList();
        boolean updated = !story.corrections().isEmpty();
        Instant modified = updated ? story.updatedAt() : publishedAt;
        LeadImage lead = story.leadImage();
        MediaItem picture = lead == null ? null : pictures.pictures(List.of(lead.media())).get(lead.media());
        String alt = lead == null ? "" : PagePictures.altOf(lead.alt());
        ArticlePage.Figure figure = picture == null ? null : PagePictures.whole(picture, alt, LEAD_SIZES, LEAD_FALLBACK)
                .map(shown -> new ArticlePage.Figure(shown, lead.caption(), lead.credit())).orElse(null);
        ArticlePage.SocialImage social = picture == null ? null : PagePictures.social(picture)
                .map(r -> new ArticlePage.SocialImage(baseUrl + r.url(), r.width(), r.height(), r.type(), alt))
                .orElse(null);
        List<String> crops = picture == null ? null
                : PagePictures.largestCrops(picture).stream().map(r -> baseUrl + r.url()).toList();
        NewsArticle ld = new NewsArticle("https://schema.org", "NewsArticle", story.headline(), story.dek(),
                publishedAt.toString(), modified.toString(),
                story.bylines().stream().map(b -> new Person(b.name(), baseUrl + "/author/" + b.slug())).toList(),
                baseUrl + path, crops == null || crops.isEmpty() ? null : crops);
        List<ArticlePage.Alternate> alternates = liveTranslations.isEmpty() ? List.of()
                : Stream.concat(Stream.of(story), liveTranslations.stream())
                        .map(s -> new ArticlePage.Alternate(s.language(),
                                baseUrl + (s == story ? path : s.address())))
                        .toList();
        return new ArticlePage(site.getName(), dates.today(), story.language(), baseUrl + path, alternates,
                story.headline(), story.dek(), bylines,
                dates.day(publishedAt), PublicDates.machineTime(publishedAt),
                updated ? dates.day(story.updatedAt()) : null,
                story.corrections().stream().map(c -> new ArticlePage.Notice(dates.day(c.at()).text(), c.note())).toList(),
                body.html(story.body()), sectionTitle, "/" + story.section(), scriptSafe(ld), preview, figure, social);
    }

    /** JSON that cannot end its script element early: every {@code <} is written as its Unicode escape. */
    private String scriptSafe(NewsArticle ld) {
        try {
            return json.writeValueAsString(ld).replace("<", "\\u003c");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
