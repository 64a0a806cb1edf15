package news.cms.editorial.story;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.account.UserAccounts;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.error.FieldError;
import news.cms.core.error.InvalidInputException;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStatus;
import news.cms.core.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static news.cms.editorial.story.Newsroom.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The newsroom's story lists: who sees what, the filters, the order and the pages. The stories are
 * filed once for the whole class; every test only reads.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryDeskListingTest implements DatabaseTest {

    private static final int ARCHIVE_SIZE = 25;
    private static final PageRequest EVERYTHING = PageRequest.of(1, PageRequest.MAX_SIZE, 20);

    @Inject
    StoryDesk desk;
    @Inject
    UserAccounts accounts;
    @Inject
    AuthorDirectory authors;
    @Inject
    SectionDirectory sections;

    private Newsroom.Staff rita;
    private Newsroom.Staff sam;
    private Newsroom.Staff tom;
    private Newsroom.Staff eda;
    private Author wire;

    private Story ritaNews;
    private Story ritaSport;
    private Story samNews;
    private Story samWithRita;
    private Story edaWire;
    private Story edaNews;
    /** Newest first, as the list shows them. */
    private final List<Story> archive = new ArrayList<>();

    @BeforeAll
    void fileTheDaysStories() {
        Newsroom newsroom = new Newsroom(accounts, authors, sections);
        rita = newsroom.reporter("rita", "Rita Reporter");
        sam = newsroom.reporter("sam", "Sam Stringer");
        tom = newsroom.reporter("tom", "Tom Trainee");
        eda = newsroom.editor("eda", "Eda Editor");
        wire = newsroom.guest("City Wire");
        newsroom.section("news", "News");
        newsroom.section("sport", "Sport");
        newsroom.section("archive", "Archive");

        ritaNews = desk.create(rita.actor(), draft("Rita: council meets", "news"));
        ritaSport = desk.create(rita.actor(), draft("Rita: derby preview", "sport"));
        samNews = desk.create(sam.actor(), draft("Sam: water main bursts", "news"));
        samWithRita = desk.create(sam.actor(), draft("Sam and Rita: the long read", "news",
                List.of(sam.bylineSlug(), rita.bylineSlug())));
        edaWire = desk.create(eda.actor(), draft("Wire: cup final result", "sport", List.of(wire.slug())));
        edaNews = desk.create(eda.actor(), draft("Eda: editor's note", "news"));
        for (int i = 1; i <= ARCHIVE_SIZE; i++) {
            archive.add(0, desk.create(eda.actor(), draft("From the archive, part " + i, "archive")));
        }
        // Rita goes back to her first story last of all: it is now the most recently changed.
        ritaNews = desk.update(rita.actor(), ritaNews.id(), 1, draft("Rita: council meets late", "news"));
    }

    @Test
    void aReportersListHoldsOnlyTheirOwnAndCoBylinedStoriesEvenWithoutAskingForMine() {
        Set<Long> ritas = ids(ritaNews, ritaSport, samWithRita);

        assertEquals(ritas, ids(desk.list(rita.actor(), null, null, null, false, EVERYTHING)));
        assertEquals(ritas, ids(desk.list(rita.actor(), null, null, null, true, EVERYTHING)));
        assertEquals(3, desk.list(rita.actor(), null, null, null, false, EVERYTHING).totalItems());
    }

    @Test
    void aReporterWithNothingFiledSeesAnEmptyList() {
        ResultPage<Story> page = desk.list(tom.actor(), null, null, null, false, EVERYTHING);

        assertEquals(List.of(), page.items());
        assertEquals(0, page.totalItems());
    }

    @Test
    void anEditorSeesEveryStoryUnlessTheyAskForTheirOwn() {
        ResultPage<Story> all = desk.list(eda.actor(), null, null, null, false, EVERYTHING);
        assertEquals(6 + ARCHIVE_SIZE, all.totalItems());
        assertEquals(6 + ARCHIVE_SIZE, all.items().size());

        Set<Long> edas = archive.stream().map(Story::id).collect(Collectors.toSet());
        edas.addAll(ids(edaWire, edaNews));
        assertEquals(edas, ids(desk.list(eda.actor(), null, null, null, true, EVERYTHING)),
                "theirs: what they filed (even under a wire byline) and what carries their byline");
    }

    @Test
    void theDeskFiltersBySectionStatusAndAuthor() {
        assertEquals(ids(ritaSport, edaWire), ids(desk.list(eda.actor(), null, "sport", null, false, EVERYTHING)));
        assertEquals(ids(edaWire), ids(desk.list(eda.actor(), null, null, wire.slug(), false, EVERYTHING)));
        assertEquals(ids(ritaNews, ritaSport, samWithRita),
                ids(desk.list(eda.actor(), null, null, rita.bylineSlug(), false, EVERYTHING)));
        assertEquals(ids(samNews, samWithRita),
                ids(desk.list(eda.actor(), null, "news", sam.bylineSlug(), false, EVERYTHING)));
        assertEquals(6 + ARCHIVE_SIZE,
                desk.list(eda.actor(), StoryStatus.DRAFT, null, null, false, EVERYTHING).totalItems());
        assertEquals(0, desk.list(eda.actor(), StoryStatus.PUBLISHED, null, null, false, EVERYTHING).totalItems());
    }

    @Test
    void aReportersFiltersNeverReachBeyondTheirOwnStories() {
        assertEquals(ids(samWithRita), ids(desk.list(rita.actor(), null, null, sam.bylineSlug(), false, EVERYTHING)));
        assertEquals(ids(ritaNews, samWithRita), ids(desk.list(rita.actor(), null, "news", null, false, EVERYTHING)));
        assertEquals(Set.of(), ids(desk.list(rita.actor(), null, "archive", null, false, EVERYTHING)));
    }

    @Test
    void filteringByASectionOrAuthorThatDoesNotExistIsRefused() {
        InvalidInputException section = assertThrows(InvalidInputException.class,
                () -> desk.list(eda.actor(), null, "gardening", null, false, EVERYTHING));
        assertEquals(List.of("section"), fields(section));

        InvalidInputException author = assertThrows(InvalidInputException.class,
                () -> desk.list(eda.actor(), null, null, "nobody-at-all", false, EVERYTHING));
        assertEquals(List.of("author"), fields(author));
    }

    @Test
    void theMostRecentlyChangedStoryComesFirst() {
        List<Story> all = desk.list(eda.actor(), null, null, null, false, EVERYTHING).items();

        assertEquals(ritaNews.id(), all.get(0).id(), "the story Rita saved last");
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).updatedAt().isAfter(all.get(i - 1).updatedAt()),
                    "position " + i + " was changed later than the one above it");
        }
        assertEquals(List.of(ritaNews.id(), samWithRita.id(), ritaSport.id()),
                desk.list(rita.actor(), null, null, null, false, EVERYTHING).items().stream().map(Story::id).toList());
    }

    @Test
    void theArchiveIsPagedNewestFirstWithTheRightTotals() {
        ResultPage<Story> first = desk.list(eda.actor(), null, "archive", null, false, PageRequest.of(1, 10, 20));
        ResultPage<Story> second = desk.list(eda.actor(), null, "archive", null, false, PageRequest.of(2, 10, 20));
        ResultPage<Story> third = desk.list(eda.actor(), null, "archive", null, false, PageRequest.of(3, 10, 20));
        ResultPage<Story> beyond = desk.list(eda.actor(), null, "archive", null, false, PageRequest.of(4, 10, 20));

        assertEquals(List.of(10, 10, 5, 0), List.of(first.items().size(), second.items().size(),
                third.items().size(), beyond.items().size()));
        for (ResultPage<Story> page : List.of(first, second, third, beyond)) {
            assertEquals(ARCHIVE_SIZE, page.totalItems());
            assertEquals(3, page.totalPages());
            assertEquals(10, page.size());
        }
        assertEquals(3, third.page());
        List<Long> pagedThrough = new ArrayList<>();
        for (ResultPage<Story> page : List.of(first, second, third)) {
            page.items().forEach(story -> pagedThrough.add(story.id()));
        }
        assertEquals(archive.stream().map(Story::id).toList(), pagedThrough,
                "every archived story once, newest first, none repeated or skipped");
    }

    @Test
    void aListWithoutAPageSizeShowsTwentyStories() {
        ResultPage<Story> page = desk.list(eda.actor(), null, "archive", null, false, PageRequest.of(null, null, 20));

        assertEquals(1, page.page());
        assertEquals(20, page.items().size());
        assertEquals(ARCHIVE_SIZE, page.totalItems());
        assertEquals(archive.get(0).id(), page.items().get(0).id());
    }

    @Test
    void aPageMustBeOneOrMoreAndHoldAtMostAHundredStories() {
        assertEquals(List.of("page"), fields(assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 10, 20))));
        assertEquals(List.of("size"), fields(assertThrows(InvalidInputException.class, () -> PageRequest.of(1, 0, 20))));
        assertEquals(List.of("size"), fields(assertThrows(InvalidInputException.class, () -> PageRequest.of(1, 101, 20))));
    }

    private static Set<Long> ids(Story... stories) {
        Set<Long> ids = new java.util.HashSet<>();
        for (Story story : stories) {
            ids.add(story.id());
        }
        return ids;
    }

    private static Set<Long> ids(ResultPage<Story> page) {
        assertEquals(page.totalItems(), page.items().size(), "the whole list fits on one page here");
        return page.items().stream().map(Story::id).collect(Collectors.toSet());
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
