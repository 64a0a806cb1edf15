package news.cms.plugins.story;

import news.cms.plugin.api.story.StoryAction;

import java.util.Map;
import java.util.Optional;

/** The plugin API's name for each workflow action of the server ({@code WorkflowAction}'s paths). */
final class StoryActions {

    private static final Map<String, StoryAction> BY_PATH = Map.of(
            "submit", StoryAction.SUBMITTED,
            "return", StoryAction.RETURNED,
            "approve", StoryAction.APPROVED,
            "schedule", StoryAction.SCHEDULED,
            "unschedule", StoryAction.UNSCHEDULED,
            "publish", StoryAction.PUBLISHED,
            "correct", StoryAction.CORRECTED,
            "unpublish", StoryAction.UNPUBLISHED);

    private StoryActions() {
    }

    /** Empty for an action the API does not name (yet): plugins are not told of it. */
    static Optional<StoryAction> of(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }
}
