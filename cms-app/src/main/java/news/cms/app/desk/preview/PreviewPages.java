package news.cms.app.desk.preview;

import news.cms.app.desk.DeskPages.Frame;

/** What the preview templates (src/main/jte/desk/preview) show. */
public final class PreviewPages {

    private PreviewPages() {
    }

    /**
     * A preview link to copy: its full address, until when it works (in the newsroom's zone) or that
     * it no longer does, and where the story is on the desk.
     */
    public record LinkPage(Frame frame, String headline, String url, String expires, boolean expired,
                           String storyPath) {
    }
}
