package news.cms.plugin.api.story;

/**
 * Extension point: learns of every workflow change (submitted, published, corrected,
 * unpublished…) after it was committed. Called on the plugin's own thread, never on an editor's:
 * a slow listener delays nobody, but calls may overlap and arrive out of order (see
 * {@link StoryEvent#at()}). A call that throws or runs past the time limit counts as a failure.
 */
public interface StoryListener {

    void onEvent(StoryEvent event);
}
