package news.cms.app.desk.stories;

import news.cms.app.desk.stories.StoryPages.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a revision's changes are marked: readable, and never a character lost or invented. */
class TextDiffTest {

    @Test
    void aReplacedPhraseIsOneDeletionAndOneInsertion() {
        assertEquals(List.of(new Segment("same", "Harbour crane "), new Segment("del", "collapses, no one hurt"),
                new Segment("ins", "falls onto a ship")), TextDiff.words("Harbour crane collapses, no one hurt",
                "Harbour crane falls onto a ship"));
        assertEquals(List.of(new Segment("same", "harbour-crane-"), new Segment("del", "collapses-no-one-hurt"),
                new Segment("ins", "falls-onto-a-ship")), TextDiff.words("harbour-crane-collapses-no-one-hurt",
                "harbour-crane-falls-onto-a-ship"));
    }

    @Test
    void wordsThatStayAreNotMarkedWhateverTheSpacesAfterThem() {
        assertEquals(List.of(new Segment("same", "Election night"), new Segment("ins", " results")),
                TextDiff.words("Election night", "Election night results"));
        assertEquals(List.of(new Segment("same", "A crane fell "), new Segment("ins", "onto a cargo ship "),
                        new Segment("same", "at the container terminal"), new Segment("del", " on Tuesday night"),
                        new Segment("same", ".")),
                TextDiff.words("A crane fell at the container terminal on Tuesday night.",
                        "A crane fell onto a cargo ship at the container terminal."));
    }

    @Test
    void theMarkedTextHoldsBothVersionsExactly() {
        List<List<String>> pairs = List.of(
                List.of("", "Something new"), List.of("Something old", ""), List.of("one  two", "one two"),
                List.of("  leading spaces", "leading spaces"), List.of("Zürich, 3 – 2 à Genève", "Zürich 3:2 Genève!"),
                List.of("a b c d e f", "f e d c b a"), List.of("Line one\nLine two\n", "Line one\n\nLine 2\n"));
        for (List<String> pair : pairs) {
            List<Segment> marked = TextDiff.words(pair.get(0), pair.get(1));
            assertEquals(pair.get(0), join(marked, "del"), marked.toString());
            assertEquals(pair.get(1), join(marked, "ins"), marked.toString());
            List<Segment> byLine = TextDiff.lines(pair.get(0), pair.get(1));
            assertEquals(pair.get(0), join(byLine, "del"), byLine.toString());
            assertEquals(pair.get(1), join(byLine, "ins"), byLine.toString());
        }
    }

    @Test
    void aLongBodyShowsTheChangeWithAFewLinesAroundItAndLeavesOutTheRest() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            body.append("Paragraph ").append(i).append(" of the long report.\n\n");
        }
        List<Segment> marked = TextDiff.lines(body.toString(),
                body.toString().replace("Paragraph 17 of the long", "Paragraph 17 of the much longer"));
        assertEquals(List.of(
                new Segment("skip", "30 unchanged lines"),
                new Segment("same", "Paragraph 16 of the long report.\n\nParagraph 17 of the "),
                new Segment("del", "long "),
                new Segment("ins", "much longer "),
                new Segment("same", "report.\n\nParagraph 18 of the long report.\n"),
                new Segment("skip", "25 unchanged lines")), marked);
    }

    @Test
    void aBodyRewrittenBeyondComparisonIsShownDeletedAndInsertedWhole() {
        String before = "word ".repeat(3000);
        String after = "other ".repeat(3000);
        List<Segment> marked = TextDiff.words(before, after);
        assertEquals(List.of("del", "ins"), marked.stream().map(Segment::kind).toList());
        assertTrue(join(marked, "del").equals(before) && join(marked, "ins").equals(after));
    }

    /** The text a side of the comparison reads: the unchanged parts with that side's changes. */
    private static String join(List<Segment> segments, String side) {
        return segments.stream().filter(s -> s.kind().equals("same") || s.kind().equals(side))
                .map(Segment::text).collect(Collectors.joining());
    }
}
