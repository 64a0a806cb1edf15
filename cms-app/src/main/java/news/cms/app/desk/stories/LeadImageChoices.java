package news.cms.app.desk.stories;

import jakarta.inject.Singleton;
import news.cms.app.desk.media.PictureViews;
import news.cms.app.desk.stories.StoryPages.ChosenPicture;
import news.cms.app.desk.stories.StoryPages.LeadForm;
import news.cms.app.desk.stories.StoryPages.LeadPicker;
import news.cms.app.desk.stories.StoryPages.PictureChoice;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;

import java.util.ArrayList;
import java.util.List;

/**
 * The lead image's choices in the story editor: the newest pictures of the library as thumbnails
 * (the chosen one always among them), any other by its number, and the chosen picture's own
 * description, focal point and crops. A choice in any browser, without JavaScript.
 */
@Singleton
class LeadImageChoices {

    /** Pictures offered: a day's or two of a newsroom's uploads. */
    static final int OFFERED = 12;
    /** Uploads read to find them: documents and other files are among them. */
    private static final int READ = 60;

    private final MediaLibrary library;

    LeadImageChoices(MediaLibrary library) {
        this.library = library;
    }

    LeadPicker of(LeadForm lead) {
        MediaItem chosen = chosen(lead.media());
        List<MediaItem> offered = new ArrayList<>();
        if (chosen != null) {
            offered.add(chosen);
        }
        for (MediaItem item : library.newest(null, READ)) {
            if (offered.size() >= OFFERED) {
                break;
            }
            if (item.isPicture() && (chosen == null || item.id() != chosen.id())) {
                offered.add(item);
            }
        }
        List<PictureChoice> choices = new ArrayList<>();
        for (MediaItem item : offered) {
            PictureViews.thumbnail(item).ifPresent(thumb -> choices.add(new PictureChoice(Long.toString(item.id()),
                    item.filename() + " (" + item.id() + ")", thumb, chosen != null && item.id() == chosen.id())));
        }
        // a number typed that names no picture stays in its field, so the refusal beside it makes sense
        String other = chosen == null && !lead.media().isEmpty() ? lead.media() : "";
        return new LeadPicker(choices, lead.media().isEmpty(), other, chosen == null ? null
                : new ChosenPicture(chosen.id(), chosen.filename(), text(chosen.alt()), text(chosen.caption()),
                text(chosen.credit()), PictureViews.focalCells(chosen.focalPoint()), PictureViews.crops(chosen)));
    }

    private MediaItem chosen(String media) {
        try {
            long id = Long.parseLong(media.strip());
            return id > 0 ? library.pictures(List.of(id)).get(id) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
