package news.cms.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A URL slug: lowercase ASCII words joined by {@code -}, such as {@code min-chao-choy}.
 * {@link #from(String)} makes one from any text, folding accents ({@code Zoë Ångström} →
 * {@code zoe-angstrom}); {@link #of(String)} accepts one that is already well formed.
 */
public record Slug(String value) {

    /** Long enough for a headline's gist, short enough for a readable URL. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Letters that have no decomposition into a base letter and an accent. */
    private static final Map<String, String> LIGATURES = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i");

    public Slug {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.length() <= MAX_LENGTH && WELL_FORMED.matcher(value).matches();
    }

    public static Slug of(String value) {
        return new Slug(value);
    }

    /**
     * The slug of {@code text}, or {@code fallback} when the text has no Latin letters or digits at
     * all (a headline in Korean, say).
     */
    public static Slug from(String text, String fallback) {
        String folded = Normalizer.normalize(text == null ? "" : text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("");
        for (Map.Entry<String, String> ligature : LIGATURES.entrySet()) {
            folded = folded.replace(ligature.getKey(), ligature.getValue());
        }
        String slug = trimDashes(NOT_ALNUM.matcher(folded).replaceAll("-"));
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimDashes(slug.substring(0, cut > 0 ? cut : MAX_LENGTH));
        }
        return new Slug(slug.isEmpty() ? fallback : slug);
    }

    /** The same slug with a numeric suffix ({@code floods-2}), still within the length limit. */
    public Slug withSuffix(int n) {
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? trimDashes(value.substring(0, MAX_LENGTH - suffix.length()))
                : value;
        return new Slug(base + suffix);
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
