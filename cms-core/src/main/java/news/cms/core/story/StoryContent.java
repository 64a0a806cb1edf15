package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import news.cms.core.error.InputChecks;
import news.cms.core.text.Slug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of a story a reporter or editor writes. {@link #validated()} applies the newsroom's
 * rules and reports every broken one at once.
 *
 * @param section  a section's slug
 * @param bylines  author slugs in display order; empty means "the writer's own byline"
 * @param tags     tag names
 * @param language a BCP 47 language tag such as {@code en} or {@code pt-BR}
 * @param credits      the credit of a byline, by author slug ("Translated by"); bylines without one are authors
 * @param leadImage    the lead image with the story's own description, or null for none
 * @param leadImageSet whether this content says what the lead image is; when not, a saved story keeps its own
 */
public record StoryContent(String headline, @Nullable String dek, @Nullable String body, String section,
                           @Nullable List<String> bylines, @Nullable List<String> tags, @Nullable String language,
                           @Nullable Map<String, String> credits, @Nullable LeadImage leadImage,
                           boolean leadImageSet) {

    /**
     * Content that does not say what the lead image is (a form without that field, a correction of the
     * text): a story saved with it keeps its own lead image.
     */
    public StoryContent(String headline, @Nullable String dek, @Nullable String body, String section,
                        @Nullable List<String> bylines, @Nullable List<String> tags, @Nullable String language,
                        @Nullable Map<String, String> credits) {
        this(headline, dek, body, section, bylines, tags, language, credits, null, false);
    }

    /** Content that says what the lead image is: this one, or none when null. */
    public StoryContent(String headline, @Nullable String dek, @Nullable String body, String section,
                        @Nullable List<String> bylines, @Nullable List<String> tags, @Nullable String language,
                        @Nullable Map<String, String> credits, @Nullable LeadImage leadImage) {
        this(headline, dek, body, section, bylines, tags, language, credits, leadImage, true);
    }

    public static final int MAX_CREDIT = 200;

    /** Content whose bylines carry no credits. */
    public StoryContent(String headline, @Nullable String dek, @Nullable String body, String section,
                        @Nullable List<String> bylines, @Nullable List<String> tags, @Nullable String language) {
        this(headline, dek, body, section, bylines, tags, language, null);
    }

    public static final int MAX_HEADLINE = 300;
    public static final int MAX_DEK = 1000;
    /** About 150,000 words: far beyond any story, well within the column. */
    public static final int MAX_BODY = 1_000_000;
    public static final int MAX_BYLINES = 20;
    public static final int MAX_TAGS = 30;
    public static final int MAX_TAG_NAME = 100;
    public static final String DEFAULT_LANGUAGE = "en";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public StoryContent validated() {
        InputChecks checks = new InputChecks();
        String cleanHeadline = checks.required("headline", headline, MAX_HEADLINE);
        String cleanDek = checks.optional("dek", dek, MAX_DEK);
        String cleanBody = checks.verbatim("body", body, MAX_BODY);
        String cleanSection = checks.required("section", section, Slug.MAX_LENGTH);
        List<String> cleanBylines = bylines == null ? List.of() : bylines;
        checks.check(cleanBylines.size() <= MAX_BYLINES, "bylines", "at most " + MAX_BYLINES + " bylines");
        for (String slug : cleanBylines) {
            checks.check(slug != null && !slug.isBlank(), "bylines", "must be author slugs, not blanks");
        }
        List<String> cleanTags = new ArrayList<>();
        List<String> givenTags = tags == null ? List.of() : tags;
        checks.check(givenTags.size() <= MAX_TAGS, "tags", "at most " + MAX_TAGS + " tags");
        for (String tag : givenTags) {
            String name = checks.required("tags", tag, MAX_TAG_NAME);
            if (name != null) {
                cleanTags.add(name);
            }
        }
        Map<String, String> cleanCredits = new LinkedHashMap<>();
        if (credits != null) {
            credits.forEach((slug, credit) -> {
                String clean = checks.optional("bylines", credit, MAX_CREDIT);
                if (!clean.isEmpty()) {
                    cleanCredits.put(slug.strip(), clean);
                }
            });
        }
        String cleanLanguage = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.strip();
        checks.check(LANGUAGE.matcher(cleanLanguage).matches() && cleanLanguage.length() <= 35, "language",
                "must be a language tag such as 'en' or 'pt-BR'");
        LeadImage cleanLead = null;
        if (leadImage != null) {
            checks.check(leadImage.media() > 0, "leadImage.media", "must be the id of a picture in the media library");
            String alt = checks.optional("leadImage.alt", leadImage.alt(), LeadImage.MAX_ALT);
            String caption = checks.optional("leadImage.caption", leadImage.caption(), LeadImage.MAX_CAPTION);
            String credit = checks.optional("leadImage.credit", leadImage.credit(), LeadImage.MAX_CREDIT);
            cleanLead = new LeadImage(leadImage.media(), blankToNull(alt), blankToNull(caption), blankToNull(credit));
        }
        checks.throwIfAny();
        return new StoryContent(cleanHeadline, cleanDek, cleanBody, cleanSection,
                cleanBylines.stream().map(String::strip).toList(), List.copyOf(cleanTags), cleanLanguage,
                Map.copyOf(cleanCredits), cleanLead, leadImageSet);
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
