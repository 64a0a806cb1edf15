package news.cms.app.desk.stories;

import news.cms.app.desk.NewsroomTime.When;
import io.micronaut.core.annotation.Nullable;
import news.cms.app.desk.DeskPages.Frame;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.media.PictureViews;

import java.util.List;

/** What the reporter desk's templates (src/main/jte/desk/stories) show; public because the compiled templates read it. */
public final class StoryPages {

    private StoryPages() {
    }


    /** A choice of a select: the value sent and the label shown. */
    public record Option(String value, String label) {
    }

    /** One row of the byline picker: an author's slug ("" for none) and an optional credit ("Additional reporting by"). */
    public record BylineRow(String author, String credit) {

        public boolean blank() {
            return author.isBlank() && credit.isBlank();
        }
    }

    /**
     * The story form, as typed or as saved. {@code version} is the version the form was read at (0 for
     * a new story); saving sends it back, so a save over someone else's newer version is caught.
     */
    public record Form(String headline, String dek, String body, String section, List<BylineRow> bylines, String tags,
                       String language, long version, LeadForm lead) {

        public Form {
            bylines = List.copyOf(bylines);
        }
    }

    /**
     * The lead image on the form: the picture's number in the library ("" for none) and the story's
     * own alt text, caption and credit (each empty to use the picture's own).
     *
     * @param focal the focal-point cell chosen for the picture, or null when none was sent
     * @param given the form had the lead-image fields (a bare submit form has none: the story keeps its own)
     */
    public record LeadForm(String media, String alt, String caption, String credit, @Nullable String focal,
                           boolean given) {

        public static final LeadForm NOT_GIVEN = new LeadForm("", "", "", "", null, false);
        public static final LeadForm NONE = new LeadForm("", "", "", "", null, true);
    }

    /** A picture to choose as the lead image: its number as the form sends it, its name, a thumbnail. */
    public record PictureChoice(String value, String label, PictureViews.Shown thumbnail, boolean checked) {
    }

    /**
     * The lead image's part of the editor: recent pictures to choose from (with the chosen one), and
     * the chosen picture with its own description, focal point and crops (null when none is chosen).
     */
    public record LeadPicker(List<PictureChoice> choices, boolean noneChosen, String other,
                             @Nullable ChosenPicture chosen) {
    }

    /** The lead image chosen: the library's own description of it, its focal point and its crops. */
    public record ChosenPicture(long id, String filename, String ownAlt, String ownCaption, String ownCredit,
                                List<PictureViews.FocalCell> focalCells, List<PictureViews.CropView> crops) {
    }

    // ---- My stories

    /** A story in the list: {@code goesLive} only for a scheduled one. */
    public record StoryRow(long id, String headline, String section, When changed, @Nullable When goesLive) {
    }

    /**
     * The stories in one state. {@code total} may be more than are shown: then {@code allHref} leads
     * to all of them, else it is empty.
     */
    public record Group(String id, String label, long total, List<StoryRow> stories, String allHref) {
    }

    /**
     * The signed-in person's stories by state. With {@code filter} (a state's label) the page shows
     * that state alone, a page at a time, with {@code previousHref}/{@code nextHref} ("" when none).
     */
    public record ListPage(Frame frame, List<Group> groups, String zone, String filter, String previousHref,
                           String nextHref) {

        public boolean empty() {
            return groups.isEmpty();
        }
    }

    // ---- The story editor

    /** An editor's note to the reporter, from returning the story. */
    public record Note(String by, When at, String text) {
    }

    /** A story's fields as text, for reading and comparing: the section's title, the bylines with their credits. */
    public record Shown(String headline, String dek, String body, String section, String bylines, String tags,
                        String language) {
    }

    /**
     * The saved story the editor is about. {@code notes} newest first; {@code draft} when it may be
     * submitted for review.
     */
    public record StoryInfo(long id, String headline, String state, long version, When changed, String changedBy,
                            @Nullable When goesLive, List<Note> notes, boolean draft) {
    }

    /** The typed story rendered as the public site would render it; {@code bodyHtml} is sanitised by {@code StoryBody}. */
    public record Preview(String headline, String dek, String bodyHtml) {
    }

    /**
     * A save that came after someone else's: what is saved now, by whom and when, beside what this
     * person typed. {@code differing} names the fields in which the two differ.
     */
    public record Conflict(long version, String savedBy, @Nullable When savedAt, Shown saved, Shown typed,
                           List<String> differing) {

        public boolean differs(String field) {
            return differing.contains(field);
        }
    }

    /**
     * The story editor, for a new story ({@code story} null) or a saved one.
     *
     * @param locked      why this person may not edit the story now ("" when they may): the page is then read-only
     * @param saved       the saved story as text, for the read-only view (null for a new story)
     * @param savedHtml   the saved body as the public site renders it, sanitised (empty for a new story)
     * @param unsaved     the form holds text that was typed but could not be saved (shown with a read-only view)
     * @param problem     a sentence about the last action that did not happen (a refused submit), or ""
     * @param editor      the signed-in person is an editor: the review screen is theirs too
     */
    public record EditorPage(Frame frame, @Nullable StoryInfo story, Form form, FormErrors errors,
                             List<Option> sections, List<Option> authors, LeadPicker lead, String locked,
                             @Nullable Shown saved, String savedHtml, boolean unsaved, @Nullable Preview preview,
                             @Nullable Conflict conflict, String problem, boolean editor) {

        /** The story's text fields, in the order a conflict compares them. */
        public static final List<String> FIELDS = List.of("headline", "dek", "body", "section", "bylines", "tags",
                "language");
        /** The fields whose errors are shown beside them rather than in the summary. */
        public static final List<String> PLACED = List.of("headline", "dek", "body", "section", "bylines", "tags",
                "language", "leadImage.media", "leadImage.alt", "leadImage.caption", "leadImage.credit");

        public boolean isNew() {
            return story == null;
        }

        public String action() {
            return story == null ? "/desk/stories" : "/desk/stories/" + story.id();
        }

        public boolean editable() {
            return locked.isEmpty();
        }

        /** Whether a value of the form names a section of the list: an unknown one is still shown, selected. */
        public boolean knownSection(String slug) {
            return sections.stream().anyMatch(option -> option.value().equals(slug));
        }

        public boolean knownAuthor(String slug) {
            return authors.stream().anyMatch(option -> option.value().equals(slug));
        }
    }

    // ---- Revisions

    /** One entry of a story's history: {@code number} is the version it captured. */
    public record RevisionRow(long number, When at, String by, String summary) {
    }

    public record RevisionsPage(Frame frame, long storyId, String headline, List<RevisionRow> revisions) {
    }

    /** A piece of a compared text: {@code kind} is "same", "ins", "del", or "skip" (unchanged lines left out). */
    public record Segment(String kind, String text) {
    }

    /** One field that differs from the previous revision, as marked-up text. */
    public record FieldChange(String field, String label, List<Segment> segments) {
    }

    /**
     * One revision of a story and what changed since the revision before it ({@code previous}, null
     * for the first); {@code next} is the revision after it, if any.
     *
     * @param restorable     an editor may put this revision's content back (it is not the current version)
     * @param currentVersion the story's version now, which a restore is checked against
     * @param problem        why the last restore did not happen, or ""
     */
    public record RevisionPage(Frame frame, long storyId, String headline, RevisionRow revision,
                               @Nullable Long previous, @Nullable Long next, List<FieldChange> changes, Shown content,
                               boolean restorable, long currentVersion, String problem) {
    }
}
