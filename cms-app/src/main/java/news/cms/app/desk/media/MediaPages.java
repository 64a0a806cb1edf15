package news.cms.app.desk.media;

import io.micronaut.core.annotation.Nullable;
import news.cms.app.desk.DeskPages.Frame;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.media.PictureViews.CropView;
import news.cms.app.desk.media.PictureViews.FocalCell;
import news.cms.app.desk.media.PictureViews.Shown;

import java.util.List;

/** What the media library's templates (src/main/jte/desk/media) show. */
public final class MediaPages {

    private MediaPages() {
    }

    /**
     * An upload as the newsroom sees it.
     *
     * @param size      readable, e.g. {@code 12.5 kB}
     * @param warnings  what to read before using it: metadata that could expose a source, or that nothing checked it
     * @param publicUrl where readers get its public copy, or empty when it has none
     * @param thumbnail a small rendition of a picture, or null for other files
     * @param alt       a picture's description for readers who cannot see it, or empty
     */
    public record Item(long id, String filename, String type, String size, String uploadedAt, List<String> warnings,
                       String publicUrl, @Nullable Shown thumbnail, String alt) {

        public boolean published() {
            return !publicUrl.isEmpty();
        }

        public boolean picture() {
            return thumbnail != null;
        }
    }

    /**
     * The upload form, the search box and one page of uploads, newest first.
     *
     * @param query   what was searched for, or empty for every upload
     * @param newer   the link to the page of newer uploads, or empty on the first page
     * @param older   the link to the next page of older uploads, or empty when there are none
     * @param refused the name of the file just refused, or empty
     */
    public record LibraryPage(Frame frame, String maxSize, String query, long total, List<Item> items, String newer,
                              String older, String refused, FormErrors errors) {
    }

    /** One found metadata field: its name as the media processor gave it, and its value. */
    public record Field(String name, String value) {
    }

    /**
     * A picture's description and focal point, as just typed (or as saved), beside what is saved now:
     * the form sends the saved values back, so a save changes only what was changed on it.
     *
     * @param crops the crops as they are now (not yet moved by a refused edit)
     */
    public record PictureForm(String alt, String caption, String credit, String savedAlt, String savedCaption,
                              String savedCredit, List<FocalCell> focalCells, @Nullable Shown preview,
                              List<CropView> crops) {
    }

    /**
     * One upload: what it is, what the processors found and warned about; for a picture, its
     * description, focal point and crops, and for editors the means to delete it while nothing shows it.
     *
     * @param excerpt   the start of its text, or empty when none was found
     * @param shortened the excerpt is only the start of a longer text
     * @param picture   the picture's form, or null for other files
     * @param uses      what shows it ("the lead image of story 12, …"); it cannot be deleted while any
     * @param deletable the signed-in person may delete uploads (editors)
     * @param problem   why the last delete did not happen, or empty
     */
    public record ItemPage(Frame frame, Item item, List<Field> metadata, String excerpt, boolean shortened,
                           @Nullable PictureForm picture, FormErrors errors, List<String> uses, boolean deletable,
                           String problem) {

        public static final List<String> FIELDS = List.of("alt", "caption", "credit", "focalPoint");
    }
}
