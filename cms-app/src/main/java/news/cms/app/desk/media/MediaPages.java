package news.cms.app.desk.media;

import news.cms.app.desk.DeskPages.Frame;
import news.cms.app.desk.FormErrors;

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
     */
    public record Item(long id, String filename, String type, String size, String uploadedAt, List<String> warnings,
                       String publicUrl) {

        public boolean published() {
            return !publicUrl.isEmpty();
        }
    }

    /**
     * The upload form and the newest uploads.
     *
     * @param newer   the link to the newer uploads, or empty on the first page
     * @param older   the link to the next page of older uploads, or empty when there are none
     * @param refused the name of the file just refused, or empty
     */
    public record LibraryPage(Frame frame, String maxSize, List<Item> items, String newer, String older,
                              String refused, FormErrors errors) {
    }

    /** One found metadata field: its name as the media processor gave it, and its value. */
    public record Field(String name, String value) {
    }

    /**
     * One upload: what it is, what the processors found and warned about.
     *
     * @param excerpt   the start of its text, or empty when none was found
     * @param shortened the excerpt is only the start of a longer text
     */
    public record ItemPage(Frame frame, Item item, List<Field> metadata, String excerpt, boolean shortened) {
    }
}
