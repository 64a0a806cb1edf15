package news.cms.core.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugTest {

    @Test
    void aNameBecomesLowercaseWordsJoinedByDashes() {
        assertEquals("min-chao-choy", Slug.from("Min Chao Choy", "x").value());
    }

    @Test
    void accentsAreFoldedAndLigaturesSpelledOut() {
        assertEquals("zoe-angstrom-strasse-aero-lodz", Slug.from("Zoë Ångström — Straße, Ærø, Łódź", "x").value());
    }

    @Test
    void punctuationAndEmojiCollapseIntoSingleDashes() {
        assertEquals("floods-hit-the-city-again", Slug.from("  “Floods” hit the city 🌊 — again!  ", "x").value());
    }

    @Test
    void textWithoutLatinLettersFallsBack() {
        assertEquals("story", Slug.from("서울 홍수", "story").value());
    }

    @Test
    void longTextIsCutAtAWordBoundary() {
        String slug = Slug.from("word ".repeat(40), "x").value();
        assertTrue(slug.length() <= Slug.MAX_LENGTH);
        assertFalse(slug.endsWith("-"));
        assertTrue(slug.endsWith("word"));
    }

    @Test
    void aSuffixKeepsTheSlugWithinItsLength() {
        Slug longest = Slug.from("a".repeat(Slug.MAX_LENGTH), "x");
        assertEquals(Slug.MAX_LENGTH, longest.withSuffix(12).value().length());
        assertEquals("floods-2", Slug.of("floods").withSuffix(2).value());
    }

    @Test
    void malformedSlugsAreRefused() {
        for (String bad : new String[]{"Floods", "floods--city", "-floods", "floods ", "flöods", ""}) {
            assertFalse(Slug.isWellFormed(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> Slug.of(bad), bad);
        }
    }
}
