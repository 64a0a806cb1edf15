package news.cms.app.desk;

import news.cms.core.story.StoryStatus;

import java.util.Locale;

/** A story's state as the desk names it: DRAFT → "Draft". */
public final class StoryStates {

    private StoryStates() {
    }

    public static String label(StoryStatus status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
