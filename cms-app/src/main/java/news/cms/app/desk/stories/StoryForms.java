package news.cms.app.desk.stories;

import io.micronaut.core.annotation.Nullable;
import news.cms.app.desk.stories.StoryPages.BylineRow;
import news.cms.app.desk.stories.StoryPages.Form;
import news.cms.app.desk.stories.StoryPages.LeadForm;
import news.cms.core.error.FieldError;
import news.cms.core.error.InvalidInputException;
import news.cms.core.story.Byline;
import news.cms.core.story.LeadImage;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The story form between the browser and {@link StoryContent}: what was posted (every field kept as
 * typed, so a refused form comes back whole), the form of a saved story, and the content the story
 * services take. Bylines are rows of an author select and a credit input, in order; blank rows are
 * ignored. Tags are one comma-separated field. The lead image is a picture's number, chosen from recent
 * pictures or typed, with the story's own description of it.
 */
final class StoryForms {

    /** Rows the byline picker shows at least, and empty rows beyond the filled ones. */
    private static final int MIN_ROWS = 3;
    private static final int SPARE_ROWS = 2;

    private StoryForms() {
    }

    /** A new story: the writer's own byline in the first row (when they have an author profile), language English. */
    static Form blank(@Nullable String ownAuthor) {
        List<BylineRow> rows = ownAuthor == null ? List.of() : List.of(new BylineRow(ownAuthor, ""));
        return new Form("", "", "", "", rows, "", StoryContent.DEFAULT_LANGUAGE, 0, LeadForm.NONE);
    }

    /**
     * The saved story in the form, at its current version, with its own description of its lead image
     * ({@code ownLead}: empty fields where it uses the picture's).
     */
    static Form of(Story story, @Nullable LeadImage ownLead) {
        List<BylineRow> rows = story.bylines().stream()
                .map(b -> new BylineRow(b.slug(), b.credit() == null ? "" : b.credit())).toList();
        return new Form(story.headline(), story.dek(), story.body(), story.section(), rows,
                String.join(", ", story.tags()), story.language(), story.version(), leadOf(ownLead));
    }

    static LeadForm leadOf(@Nullable LeadImage own) {
        return own == null ? LeadForm.NONE : new LeadForm(Long.toString(own.media()), text(own.alt()),
                text(own.caption()), text(own.credit()), null, true);
    }

    /** The form with another lead image, described by the picture's own words. */
    static Form withLead(Form form, long media) {
        return new Form(form.headline(), form.dek(), form.body(), form.section(), form.bylines(), form.tags(),
                form.language(), form.version(), new LeadForm(Long.toString(media), "", "", "", null, true));
    }

    /**
     * What the browser posted. The {@code author}/{@code credit} lists are the byline rows in order
     * (a browser sends every select and input, blank or not, so the two lists pair up).
     */
    static Form typed(@Nullable String headline, @Nullable String dek, @Nullable String body, @Nullable String section,
                      @Nullable List<String> authors, @Nullable List<String> credits, @Nullable String tags,
                      @Nullable String language, @Nullable String version, LeadForm lead) {
        List<String> a = authors == null ? List.of() : authors;
        List<String> c = credits == null ? List.of() : credits;
        List<BylineRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), c.size()); i++) {
            BylineRow row = new BylineRow(text(i < a.size() ? a.get(i) : null).strip(), text(i < c.size() ? c.get(i) : null));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new Form(text(headline), lines(dek), lines(body), text(section).strip(), rows, text(tags),
                text(language), versionOf(version), lead);
    }

    /**
     * The lead-image fields as posted: the picture is the number typed for another one, else the one
     * chosen; {@code shown} says the form had these fields at all.
     */
    static LeadForm lead(boolean shown, @Nullable String chosen, @Nullable String other, @Nullable String alt,
                         @Nullable String caption, @Nullable String credit, @Nullable String focal) {
        if (!shown) {
            return LeadForm.NOT_GIVEN;
        }
        String media = text(other).isBlank() ? text(chosen).strip() : text(other).strip();
        return new LeadForm(media, lines(alt), text(caption), text(credit), focal, true);
    }

    /** The form with empty byline rows to fill: a few, and always some beyond the filled ones. */
    static Form withSpareRows(Form form) {
        List<BylineRow> rows = new ArrayList<>(form.bylines());
        int wanted = Math.max(rows.size(), Math.min(Math.max(MIN_ROWS, rows.size() + SPARE_ROWS), StoryContent.MAX_BYLINES));
        while (rows.size() < wanted) {
            rows.add(new BylineRow("", ""));
        }
        return new Form(form.headline(), form.dek(), form.body(), form.section(), rows, form.tags(), form.language(),
                form.version(), form.lead());
    }

    static Form atVersion(Form form, long version) {
        return new Form(form.headline(), form.dek(), form.body(), form.section(), form.bylines(), form.tags(),
                form.language(), version, form.lead());
    }

    /**
     * The content the story services take. A credit in a row without an author cannot be placed: that
     * is refused with the content's own faults, so the person learns everything at once.
     */
    static StoryContent content(Form form) {
        List<String> slugs = new ArrayList<>();
        Map<String, String> credits = new LinkedHashMap<>();
        List<FieldError> faults = new ArrayList<>();
        for (BylineRow row : form.bylines()) {
            if (row.author().isEmpty()) {
                faults.add(new FieldError("bylines", "choose an author for the credit '" + row.credit().strip() + "'"));
                continue;
            }
            slugs.add(row.author());
            if (!row.credit().isBlank()) {
                credits.put(row.author(), row.credit());
            }
        }
        LeadImage lead = null;
        LeadForm typedLead = form.lead();
        if (typedLead.given() && !typedLead.media().isEmpty()) {
            Long media = number(typedLead.media());
            if (media == null) {
                faults.add(new FieldError("leadImage.media", "give a picture's number from the media library, such as 12"));
            } else {
                lead = new LeadImage(media, typedLead.alt(), typedLead.caption(), typedLead.credit());
            }
        }
        StoryContent content = typedLead.given()
                ? new StoryContent(form.headline(), form.dek(), form.body(), form.section(), slugs, tags(form.tags()),
                form.language(), credits, lead)
                : new StoryContent(form.headline(), form.dek(), form.body(), form.section(), slugs, tags(form.tags()),
                form.language(), credits);
        if (!faults.isEmpty()) {
            try {
                content.validated();
            } catch (InvalidInputException invalid) {
                faults.addAll(invalid.errors());
            }
            throw new InvalidInputException(faults);
        }
        return content;
    }

    /** Whether the form holds exactly what is saved: then submitting needs no save first. */
    static boolean sameAs(Form form, Story story, @Nullable LeadImage ownLead) {
        List<BylineRow> saved = of(story, ownLead).bylines();
        List<BylineRow> typed = form.bylines().stream()
                .map(row -> new BylineRow(row.author(), row.credit().strip())).toList();
        String language = form.language().isBlank() ? StoryContent.DEFAULT_LANGUAGE : form.language().strip();
        return form.headline().strip().equals(story.headline())
                && form.dek().strip().equals(story.dek())
                && form.body().equals(story.body())
                && form.section().equals(story.section())
                && (typed.isEmpty() || typed.equals(saved))
                && tags(form.tags()).equals(story.tags())
                && Objects.equals(language, story.language())
                && (!form.lead().given() || sameLead(form.lead(), leadOf(ownLead)));
    }

    private static boolean sameLead(LeadForm typed, LeadForm saved) {
        return typed.media().equals(saved.media()) && typed.alt().strip().equals(saved.alt())
                && typed.caption().strip().equals(saved.caption()) && typed.credit().strip().equals(saved.credit());
    }

    /** "climate, cop 29 ,, energy" → [climate, cop 29, energy] */
    static List<String> tags(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    /** Bylines as one line of text: "Ana Lima; Additional reporting by Ben Okafor". */
    static String bylines(List<Byline> bylines) {
        return String.join("; ", bylines.stream()
                .map(b -> b.credit() == null ? b.name() : b.credit() + " " + b.name()).toList());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** Browsers send a textarea's line breaks as CR LF; the story keeps LF, as the API's clients send it. */
    private static String lines(@Nullable String value) {
        return text(value).replace("\r\n", "\n");
    }

    private static @Nullable Long number(String text) {
        try {
            long value = Long.parseLong(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The version a form was read at; a missing or garbled one counts as 0, which is never current. */
    static long versionOf(@Nullable String version) {
        try {
            return version == null || version.isBlank() ? 0 : Long.parseLong(version.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
