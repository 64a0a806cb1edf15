package news.cms.publishing.export;

import news.cms.core.story.Story;

/**
 * One part of the static export (article pages, listing pages, feeds, sitemaps; media next). The
 * export reads every live story once, newest first, and shows it to each step's {@link Pass} in
 * turn, so a step builds its files from stories already read instead of querying per page. Steps are
 * beans, run in their {@code @Order}; a step keeps nothing between runs.
 */
public interface ExportStep {

    /** This step's work in one export. */
    Pass begin(ExportRun run);

    /** Called on the one thread that reads the stories: hand rendering and writing to {@link ExportRun#write}. */
    interface Pass {

        /** The next live story, newest first. */
        default void story(Story story) {
        }

        /** After the last story: write what is left. */
        default void finish() {
        }

        /** After every file of the run is written: delete what the site no longer has. */
        default void prune() {
        }
    }
}
