package news.cms.editorial.story;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.account.Actor;
import news.cms.core.account.UserAccounts;
import news.cms.core.audit.AuditEvent;
import news.cms.core.audit.AuditLog;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.error.ConflictException;
import news.cms.core.error.FieldError;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.error.StaleVersionException;
import news.cms.core.paging.PageRequest;
import news.cms.core.revision.Revision;
import news.cms.core.revision.RevisionStore;
import news.cms.core.revision.RevisionSummary;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Byline;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.story.StoryStatus;
import news.cms.core.testing.DatabaseTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static news.cms.editorial.story.Newsroom.draft;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filing and saving stories at the desk: the rules of a draft, slugs, versions, revisions and the audit trail. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryDeskTest implements DatabaseTest {

    @Inject
    StoryDesk desk;
    @Inject
    UserAccounts accounts;
    @Inject
    AuthorDirectory authors;
    @Inject
    SectionDirectory sections;
    @Inject
    RevisionStore revisions;
    @Inject
    AuditLog audit;

    private Newsroom.Staff rita;
    private Newsroom.Staff eda;
    private Author minChao;
    private Author wire;

    @BeforeAll
    void openTheNewsroom() {
        Newsroom newsroom = new Newsroom(accounts, authors, sections);
        rita = newsroom.reporter("rita", "Rita Ré Müller");
        eda = newsroom.editor("eda", "Eda Editor");
        minChao = newsroom.guest("Min Chao Choy");
        wire = newsroom.guest("Agence Wire");
        newsroom.section("news", "News");
        newsroom.section("world", "World");
    }

    // --- filing a draft ---------------------------------------------------------------------------

    @Test
    void aNewStoryIsADraftAtVersionOneUnderItsWritersOwnByline() {
        Story story = desk.create(rita.actor(), draft("Council approves new budget", "news"));

        assertAll(
                () -> assertEquals(StoryStatus.DRAFT, story.status()),
                () -> assertEquals(1, story.version()),
                () -> assertEquals("rita", story.createdBy()),
                () -> assertEquals(List.of(new Byline("rita-re-muller", "Rita Ré Müller")), story.bylines()),
                () -> assertEquals("news", story.section()),
                () -> assertEquals("en", story.language(), "the default language"),
                () -> assertEquals(story.createdAt(), story.updatedAt()),
                () -> assertNull(story.publishedAt()),
                () -> assertNull(story.scheduledAt()));
        assertEquals(story, desk.get(rita.actor(), story.id()), "what the desk filed is what it reads back");
    }

    @Test
    void bylinesAppearInTheOrderTheDeskGaveThem() {
        List<String> order = List.of(wire.slug(), rita.bylineSlug(), minChao.slug());

        Story story = desk.create(eda.actor(), draft("Three reporters on the storm", "news", order));

        List<Byline> expected = List.of(new Byline(wire.slug(), "Agence Wire"),
                new Byline("rita-re-muller", "Rita Ré Müller"), new Byline(minChao.slug(), "Min Chao Choy"));
        assertEquals(expected, story.bylines(), "order kept, and the writer's own byline not added");
        assertEquals(expected, desk.get(eda.actor(), story.id()).bylines(), "order kept in the database");
    }

    @Test
    void aBylineForNobodyIsRefusedAndNothingIsFiled() {
        long before = storiesInTheNewsroom();

        InvalidInputException e = assertRefused("bylines", () -> desk.create(eda.actor(),
                draft("Who wrote this?", "news", List.of(minChao.slug(), "no-such-reporter"))));

        assertTrue(e.errors().get(0).message().contains("no-such-reporter"), e.errors().toString());
        assertEquals(before, storiesInTheNewsroom());
    }

    @Test
    void aStoryMustBeFiledInASectionThatExists() {
        long before = storiesInTheNewsroom();

        assertRefused("section", () -> desk.create(rita.actor(), draft("Lost in the paper", "gardening")));
        assertRefused("section", () -> desk.create(rita.actor(), draft("Lost in the paper", null)));

        assertEquals(before, storiesInTheNewsroom());
    }

    @Test
    void aStoryNeedsAHeadline() {
        for (String headline : new String[] {null, "", "   "}) {
            assertRefused("headline", () -> desk.create(rita.actor(), draft(headline, "news")));
        }
    }

    @Test
    void aHeadlineMayBeThreeHundredCharactersButNotOneMore() {
        String longest = "Flood " + "x".repeat(294);
        assertEquals(300, longest.length());

        Story story = desk.create(rita.actor(), draft(longest, "news"));
        assertEquals(longest, desk.get(rita.actor(), story.id()).headline());

        InvalidInputException e = assertRefused("headline",
                () -> desk.create(rita.actor(), draft(longest + "y", "news")));
        assertTrue(e.errors().get(0).message().contains("300"), e.errors().toString());
    }

    @Test
    void aHeadlineIsCountedInCharactersSoEmojiDoNotCountTwice() {
        // The limit counts characters; H2 counts UTF-16 units, so the columns are wide enough for
        // 300 characters, 100 of them emoji outside the BMP (two UTF-16 units each in Java).
        String headline = "🌊ab".repeat(100);
        assertEquals(300, headline.codePointCount(0, headline.length()));

        Story story = desk.create(rita.actor(), draft(headline, "news"));

        assertEquals(headline, desk.get(rita.actor(), story.id()).headline(), "on " + TestDatabase.name());
    }

    @Test
    void aLanguageMustBeALanguageTag() {
        for (String language : new String[] {"English", "en_GB", "e"}) {
            assertRefused("language", () -> desk.create(rita.actor(),
                    new StoryContent("Language " + language, null, null, "news", null, null, language)));
        }

        Story brazilian = desk.create(rita.actor(),
                new StoryContent("Chuvas no Rio", null, null, "world", null, null, "pt-BR"));
        assertEquals("pt-BR", brazilian.language());
    }

    @Test
    void everyFaultOfADraftIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> desk.create(rita.actor(),
                new StoryContent(" ", null, null, null, null, null, "klingon!")));

        assertEquals(Set.of("headline", "section", "language"), fields(e));
    }

    @Test
    void tagsSpelledAlikeBecomeOneTagAndKeepTheirOrder() {
        Story story = desk.create(rita.actor(), new StoryContent("River bursts its banks", null, "Water everywhere.",
                "news", null, List.of("Floods", "Climate", "floods", "Rescue teams", " FLOODS "), null));

        assertEquals(List.of("Floods", "Climate", "Rescue teams"), story.tags());
        assertEquals(story.tags(), desk.get(rita.actor(), story.id()).tags());
    }

    @Test
    void tagsInKoreanStayDistinctTags() {
        // A tag's identity is its slug; a name without Latin letters gets one derived from the name itself.
        Story story = desk.create(rita.actor(), new StoryContent("Rain across the peninsula", null, null, "world",
                null, List.of("서울", "부산"), null));

        assertEquals(List.of("서울", "부산"), story.tags());
    }

    // --- slugs --------------------------------------------------------------------------------------

    @Test
    void theSlugIsMadeFromTheHeadlineWithAccentsFolded() {
        Story story = desk.create(rita.actor(), draft("Zoë Ångström wins the Ærø regatta!", "news"));

        assertEquals("zoe-angstrom-wins-the-aero-regatta", story.slug());
    }

    @Test
    void aSecondStoryWithTheSameHeadlineGetsANumberedSlug() {
        Story first = desk.create(rita.actor(), draft("Mayor resigns", "news"));
        Story second = desk.create(eda.actor(), draft("Mayor resigns", "world"));
        Story third = desk.create(rita.actor(), draft("Mayor Resigns", "news"));

        assertEquals(List.of("mayor-resigns", "mayor-resigns-2", "mayor-resigns-3"),
                List.of(first.slug(), second.slug(), third.slug()));
    }

    @Test
    void aKoreanHeadlineStillGetsAUsableSlug() {
        Story story = desk.create(rita.actor(), draft("서울에 폭우 경보", "world"));

        assertTrue(story.slug().matches("story(-\\d+)?"), story.slug());
    }

    @Test
    void rewritingADraftsHeadlineGivesItANewSlugButTouchingUpKeepsIt() {
        Story story = desk.create(rita.actor(), draft("Ferry delayed", "news"));

        Story touchedUp = desk.update(rita.actor(), story.id(), 1, draft("Ferry delayed!", "news"));
        assertEquals("ferry-delayed", touchedUp.slug());

        Story rewritten = desk.update(rita.actor(), story.id(), 2, draft("Ferry cancelled", "news"));
        assertEquals("ferry-cancelled", rewritten.slug());
    }

    // --- every script and emoji survive -------------------------------------------------------------

    @Test
    void emojiKoreanAndCurlyQuotesComeBackExactlyAsWritten() {
        String headline = "“Stay home” 🌧️ — 서울에 폭우 경보, ‘worst in decades’";
        String dek = "Rescue teams 🚒 on standby; 주민 대피";
        String body = "## Live 🔴\n\nThe river rose 2 m overnight 🌊🌊. “It’s unreal,” said Ji-woo (지우).\n\n"
                + "Music: 𝄞 — families 👨‍👩‍👧 evacuated.";
        Story filed = desk.create(rita.actor(), new StoryContent(headline, dek, body, "world", null,
                List.of("Wetter ☔", "Ünïcödé"), "ko"));

        Story read = desk.get(rita.actor(), filed.id());

        String where = "on " + TestDatabase.name();
        assertAll(
                () -> assertEquals(headline, read.headline(), where),
                () -> assertEquals(dek, read.dek(), where),
                () -> assertEquals(body, read.body(), where),
                () -> assertEquals(List.of("Wetter ☔", "Ünïcödé"), read.tags(), where),
                () -> assertEquals("Rita Ré Müller", read.bylines().get(0).name(), where),
                () -> assertEquals(filed, read, where));
    }

    // --- saving -------------------------------------------------------------------------------------

    @Test
    void everySaveRaisesTheVersionByOne() {
        Story v1 = desk.create(rita.actor(), draft("Bus fares rise", "news"));

        Story v2 = desk.update(rita.actor(), v1.id(), 1, draft("Bus fares rise again", "news"));
        Story v3 = desk.update(eda.actor(), v1.id(), 2,
                new StoryContent("Bus fares rise again", "Second rise this year", "New body", "news", null, null, null));

        assertEquals(List.of(1L, 2L, 3L), List.of(v1.version(), v2.version(), v3.version()));
        assertEquals("Second rise this year", v3.dek());
        assertEquals(v1.createdAt(), v3.createdAt());
        assertEquals("rita", v3.createdBy(), "an editor's save does not make it theirs");
        assertTrue(v3.updatedAt().isAfter(v1.updatedAt()));
        assertEquals(v3, desk.get(rita.actor(), v1.id()));
    }

    @Test
    void aSaveWithoutBylinesKeepsTheStorysBylines() {
        Story story = desk.create(eda.actor(), draft("Harbour reopens", "news", List.of(minChao.slug(), wire.slug())));

        Story saved = desk.update(eda.actor(), story.id(), 1, draft("Harbour reopens after storm", "news"));

        assertEquals(story.bylines(), saved.bylines());
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedAndOverwritesNothing() {
        Story story = desk.create(rita.actor(), draft("Train strike called off", "news"));
        // Rita and Eda both open version 1; Eda saves first.
        Story edas = desk.update(eda.actor(), story.id(), 1, new StoryContent("Train strike called off at last",
                "Deal reached overnight", "Eda's body", "news", null, List.of("Transport"), null));
        int revisionsBefore = revisions.list(story.id()).size();
        int auditBefore = audit.forStory(story.id()).size();

        StaleVersionException e = assertThrows(StaleVersionException.class, () -> desk.update(rita.actor(),
                story.id(), 1, new StoryContent("Rita's headline", "Rita's dek", "Rita's body", "world", null, null, null)));

        assertEquals(1, e.sentVersion());
        assertEquals(2L, e.currentVersion());
        assertEquals("version", e.errors().get(0).field());
        Story stored = desk.get(eda.actor(), story.id());
        assertAll(
                () -> assertEquals(2, stored.version()),
                () -> assertEquals("Train strike called off at last", stored.headline()),
                () -> assertEquals("Deal reached overnight", stored.dek()),
                () -> assertEquals("Eda's body", stored.body()),
                () -> assertEquals("news", stored.section()),
                () -> assertEquals(List.of("Transport"), stored.tags()),
                () -> assertEquals(edas, stored),
                () -> assertEquals(revisionsBefore, revisions.list(story.id()).size(), "no revision for the refused save"),
                () -> assertEquals(auditBefore, audit.forStory(story.id()).size(), "no audit line for the refused save"));
    }

    @Test
    void ofEightSimultaneousSavesOfOneVersionExactlyOneWins() throws Exception {
        Story story = desk.create(eda.actor(), draft("Election night live", "news"));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String headline = "Election night live: take " + i;
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return desk.update(eda.actor(), story.id(), 1, draft(headline, "news"));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<Story> winners = new ArrayList<>();
            List<Object> others = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                Object result = outcome.get(60, TimeUnit.SECONDS);
                if (result instanceof Story saved) {
                    winners.add(saved);
                } else {
                    others.add(result);
                }
            }

            assertEquals(1, winners.size(), "winners: " + winners + ", others: " + others);
            for (Object other : others) {
                assertInstanceOf(ConflictException.class, other, "a losing save must be a 409, got " + other);
            }
            Story stored = desk.get(eda.actor(), story.id());
            assertEquals(2, stored.version(), "on " + TestDatabase.name());
            assertEquals(winners.get(0).headline(), stored.headline());
            assertEquals(List.of(2L, 1L), numbers(revisions.list(story.id())), "one revision per successful save");
            assertEquals(2, audit.forStory(story.id()).size(), "one audit line per successful write");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void savingAStoryThatDoesNotExistSaysSo() {
        assertThrows(NotFoundException.class, () -> desk.update(eda.actor(), 987_654, 1, draft("Ghost", "news")));
        assertThrows(NotFoundException.class, () -> desk.get(eda.actor(), 987_654));
    }

    // --- revisions and the audit trail ----------------------------------------------------------------

    @Test
    void everySaveLeavesAWholeRevisionNumberedLikeTheVersion() {
        Story v1 = desk.create(rita.actor(), new StoryContent("Bridge closes", "Traffic diverted", "First body",
                "news", List.of(rita.bylineSlug()), List.of("Traffic"), null));
        Story v2 = desk.update(eda.actor(), v1.id(), 1, new StoryContent("Bridge closes for repairs",
                "Traffic diverted", "First body", "world", List.of(minChao.slug(), rita.bylineSlug()),
                List.of("Traffic", "Repairs"), null));
        Story v3 = desk.update(rita.actor(), v1.id(), 2, new StoryContent("Bridge closes for repairs",
                "Traffic diverted", "Second body", "world", null, List.of("Repairs"), null));

        List<RevisionSummary> history = revisions.list(v1.id());
        assertEquals(List.of(3L, 2L, 1L), numbers(history), "newest first, one per version");
        assertEquals(List.of("rita", "eda", "rita"), history.stream().map(RevisionSummary::by).toList());
        assertEquals("created", history.get(2).summary());
        assertTrue(history.get(1).summary().contains("headline") && history.get(1).summary().contains("bylines"),
                history.get(1).summary());

        Revision second = revisions.find(v1.id(), 2).orElseThrow();
        assertAll(
                () -> assertEquals(2, second.number()),
                () -> assertEquals("eda", second.by()),
                () -> assertEquals(2, second.story().version()),
                () -> assertEquals(List.of(new Byline(minChao.slug(), "Min Chao Choy"),
                        new Byline("rita-re-muller", "Rita Ré Müller")), second.story().bylines()),
                () -> assertEquals(List.of("Traffic", "Repairs"), second.story().tags()),
                () -> assertEquals("world", second.story().section()),
                () -> assertEquals("First body", second.story().body()),
                () -> assertEquals(v2, second.story(), "the snapshot is the story exactly as saved"));
        assertEquals(v1, revisions.find(v1.id(), 1).orElseThrow().story());
        assertEquals(v3, revisions.find(v1.id(), 3).orElseThrow().story());
        assertTrue(revisions.find(v1.id(), 4).isEmpty());
    }

    @Test
    void everyCreateAndSaveIsInTheAuditTrail() {
        Story story = desk.create(rita.actor(), draft("Library hours cut", "news"));
        desk.update(eda.actor(), story.id(), 1, draft("Library hours cut in half", "news"));

        List<AuditEvent> trail = audit.forStory(story.id());

        assertEquals(List.of("story.create", "story.update"), trail.stream().map(AuditEvent::action).toList());
        assertEquals(List.of("rita", "eda"), trail.stream().map(AuditEvent::actor).toList());
        assertNull(trail.get(0).fromStatus());
        assertEquals("DRAFT", trail.get(0).toStatus());
        assertEquals("DRAFT", trail.get(1).fromStatus());
        assertEquals("DRAFT", trail.get(1).toStatus());
        assertEquals("story:" + story.id(), trail.get(1).subject());
    }

    @Test
    void aSaveRefusedForAnUnknownBylineLeavesNoRevisionAndNoAuditLine() {
        Story story = desk.create(rita.actor(), draft("Zoo welcomes twin pandas", "news"));

        assertRefused("bylines", () -> desk.update(eda.actor(), story.id(), 1,
                draft("Zoo welcomes twin pandas 🐼🐼", "world", List.of(wire.slug(), "panda-keeper"))));

        assertEquals(story, desk.get(eda.actor(), story.id()), "the story is as it was");
        assertEquals(List.of(1L), numbers(revisions.list(story.id())));
        assertEquals(1, audit.forStory(story.id()).size());
    }

    @Test
    void aSaveWhoseAuditLineCannotBeWrittenIsUndoneAsAWhole() {
        Story story = desk.create(rita.actor(), draft("Power cut hits the east side", "news"));
        // The audit table keeps actor names of at most 64 characters. Real usernames never exceed that, so
        // this is the one way, short of breaking the database, to make the last of the save's three writes
        // (story, revision, audit line) fail after the first two succeeded.
        Actor unauditable = new Actor(eda.actor().userId(), "e".repeat(100), eda.actor().role());

        assertThrows(RuntimeException.class, () -> desk.update(unauditable, story.id(), 1,
                draft("Power cut: thousands without light", "world")));

        assertEquals(story, desk.get(eda.actor(), story.id()), "story row and bylines rolled back");
        assertEquals(List.of(1L), numbers(revisions.list(story.id())), "revision rolled back");
        assertEquals(1, audit.forStory(story.id()).size());
        Story next = desk.update(eda.actor(), story.id(), 1, draft("Power cut: thousands without light", "world"));
        assertEquals(2, next.version(), "version 1 is still the one to save over");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private long storiesInTheNewsroom() {
        return desk.list(eda.actor(), null, null, null, false, PageRequest.of(1, 1, 20)).totalItems();
    }

    private static InvalidInputException assertRefused(String field, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(Set.of(field), fields(e), () -> "expected only '" + field + "' at fault: " + e.errors());
        return e;
    }

    private static Set<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static List<Long> numbers(List<RevisionSummary> history) {
        return history.stream().map(RevisionSummary::number).toList();
    }
}
