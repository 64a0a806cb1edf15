package news.cms.app.desk.stories;

import news.cms.app.desk.stories.StoryPages.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a text as one marked-up text: what stayed, what was deleted, what was inserted.
 * Short fields are compared word by word. Long texts (a story's body) are compared line by line,
 * each changed stretch then word by word, and long unchanged stretches are left out but for a few
 * lines around each change, so that one corrected word in a long story is easy to find.
 *
 * <p>The comparison is a longest common subsequence after the common beginning and end are set
 * aside. When what remains is too large to compare within {@link #MAX_CELLS} (a body rewritten from
 * end to end), it is shown as deleted and inserted whole: still correct, just less fine-grained.
 */
final class TextDiff {

    static final String SAME = "same";
    static final String INSERTED = "ins";
    static final String DELETED = "del";
    static final String SKIPPED = "skip";

    /** Unchanged lines kept before and after each change of a long text. */
    static final int CONTEXT_LINES = 2;
    /** The largest comparison table: about 8 MB of memory for one request. */
    private static final long MAX_CELLS = 2_000_000;
    /**
     * Words and punctuation marks, each with the spaces after it: spaces are not compared on their
     * own, or the comparison would line up the spaces of two different sentences.
     */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}_]+\\s*|[^\\p{L}\\p{N}_\\s]\\s*|\\s+");
    /** What may join two changes into one: spaces and punctuation within a line ("-" in a slug, ", "). */
    private static final Pattern JOINER = Pattern.compile("[^\\p{L}\\p{N}_\\n]+");

    private TextDiff() {
    }

    /** A short text compared word by word. */
    static List<Segment> words(String before, String after) {
        return merge(compare(words(before), words(after), TextDiff::withoutSpaces));
    }

    /** A long text compared line by line, then word by word within changed lines; unchanged stretches shortened. */
    static List<Segment> lines(String before, String after) {
        List<Segment> byLine = merge(compare(lines(before), lines(after), line -> line));
        List<Segment> refined = new ArrayList<>();
        for (int i = 0; i < byLine.size(); i++) {
            Segment segment = byLine.get(i);
            Segment next = i + 1 < byLine.size() ? byLine.get(i + 1) : null;
            if (segment.kind().equals(DELETED) && next != null && next.kind().equals(INSERTED)) {
                refined.addAll(words(segment.text(), next.text()));
                i++;
            } else {
                refined.add(segment);
            }
        }
        return shorten(merge(refined));
    }

    /** Tokens are equal when their {@code key}s are (for words: whatever the spaces after them). */
    private static List<Segment> compare(List<String> tokensA, List<String> tokensB, UnaryOperator<String> key) {
        List<String> a = tokensA.stream().map(key).toList();
        List<String> b = tokensB.stream().map(key).toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            same(out, tokensA.get(i), tokensB.get(i));
        }
        if ((long) (endA - start + 1) * (endB - start + 1) <= MAX_CELLS) {
            out.addAll(commonSubsequence(a.subList(start, endA), b.subList(start, endB),
                    tokensA.subList(start, endA), tokensB.subList(start, endB)));
        } else {
            tokensA.subList(start, endA).forEach(token -> out.add(new Segment(DELETED, token)));
            tokensB.subList(start, endB).forEach(token -> out.add(new Segment(INSERTED, token)));
        }
        for (int i = endA, j = endB; j < tokensB.size(); i++, j++) {
            same(out, tokensA.get(i), tokensB.get(j));
        }
        return out;
    }

    /** Two tokens with equal keys: the same word, though perhaps not the same spaces after it. */
    private static void same(List<Segment> out, String before, String after) {
        if (before.equals(after)) {
            out.add(new Segment(SAME, after));
            return;
        }
        String core = withoutSpaces(after);
        out.add(new Segment(SAME, core));
        if (before.length() > core.length()) {
            out.add(new Segment(DELETED, before.substring(core.length())));
        }
        if (after.length() > core.length()) {
            out.add(new Segment(INSERTED, after.substring(core.length())));
        }
    }

    /** The longest common subsequence of the keys {@code a} and {@code b}, as segments of the tokens. */
    private static List<Segment> commonSubsequence(List<String> a, List<String> b, List<String> tokensA,
                                                   List<String> tokensB) {
        int n = a.size();
        int m = b.size();
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = a.get(i).equals(b.get(j)) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                same(out, tokensA.get(i++), tokensB.get(j++));
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                out.add(new Segment(DELETED, tokensA.get(i++)));
            } else {
                out.add(new Segment(INSERTED, tokensB.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Segment(DELETED, tokensA.get(i++)));
        }
        while (j < m) {
            out.add(new Segment(INSERTED, tokensB.get(j++)));
        }
        return out;
    }

    /**
     * Joins neighbours of one kind, and puts each run of deletions before the insertions it stands
     * beside ("<del>old words</del><ins>new words</ins>"), which reads better than interleaved pieces.
     * Spaces or punctuation inside a replacement join its parts, so a replaced phrase reads as one
     * replacement.
     */
    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        StringBuilder same = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            switch (segment.kind()) {
                case DELETED -> deleted.append(segment.text());
                case INSERTED -> inserted.append(segment.text());
                default -> {
                    boolean bridge = JOINER.matcher(segment.text()).matches()
                            && !deleted.isEmpty() && !inserted.isEmpty() && i + 1 < segments.size()
                            && !segments.get(i + 1).kind().equals(SAME);
                    if (bridge) {
                        deleted.append(segment.text());
                        inserted.append(segment.text());
                        continue;
                    }
                    flush(out, deleted, inserted);
                    same.append(segment.text());
                    continue;
                }
            }
            if (!same.isEmpty()) {
                out.add(new Segment(SAME, same.toString()));
                same.setLength(0);
            }
        }
        flush(out, deleted, inserted);
        if (!same.isEmpty()) {
            out.add(new Segment(SAME, same.toString()));
        }
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            out.add(new Segment(DELETED, deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            out.add(new Segment(INSERTED, inserted.toString()));
            inserted.setLength(0);
        }
    }

    /** Leaves out the middle of long unchanged stretches, keeping {@link #CONTEXT_LINES} lines next to each change. */
    private static List<Segment> shorten(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            if (!segment.kind().equals(SAME)) {
                out.add(segment);
                continue;
            }
            List<String> pieces = lines(segment.text());
            // the first piece ends the line of the change before; the last begins the line of the change after
            int head = s == 0 ? 0 : CONTEXT_LINES + 1;
            int tail = s == segments.size() - 1 ? 0 : CONTEXT_LINES + 1;
            if (pieces.size() <= head + tail + 1) {
                out.add(segment);
                continue;
            }
            if (head > 0) {
                out.add(new Segment(SAME, String.join("", pieces.subList(0, head))));
            }
            int left = pieces.size() - head - tail;
            out.add(new Segment(SKIPPED, left == 1 ? "1 unchanged line" : left + " unchanged lines"));
            if (tail > 0) {
                out.add(new Segment(SAME, String.join("", pieces.subList(pieces.size() - tail, pieces.size()))));
            }
        }
        return out;
    }

    /** The text's lines, each with its line break. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            int to = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(from, to));
            from = to;
        }
        return lines;
    }

    /** A word compared without the spaces after it, so that a last word and the same word mid-text are equal. */
    private static String withoutSpaces(String token) {
        String core = token.stripTrailing();
        return core.isEmpty() ? token : core;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORDS.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
