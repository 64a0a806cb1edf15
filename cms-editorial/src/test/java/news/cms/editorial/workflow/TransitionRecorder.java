package news.cms.editorial.workflow;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import news.cms.core.story.StoryTransitioned;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Collects every {@link StoryTransitioned} the application publishes, in the order published, in
 * contexts started with {@code test.clock=true}. A test may also hook in: the hook runs on the
 * publishing thread, inside the transition's transaction.
 */
@Singleton
@Requires(property = "test.clock", value = "true")
public class TransitionRecorder implements ApplicationEventListener<StoryTransitioned> {

    private final List<StoryTransitioned> events = new CopyOnWriteArrayList<>();
    private volatile Consumer<StoryTransitioned> hook = event -> { };

    @Override
    public void onApplicationEvent(StoryTransitioned event) {
        events.add(event);
        hook.accept(event);
    }

    /** The events about one story, oldest first. */
    public List<StoryTransitioned> of(long storyId) {
        return events.stream().filter(e -> e.storyId() == storyId).toList();
    }

    public void hook(Consumer<StoryTransitioned> hook) {
        this.hook = hook;
    }

    public void unhook() {
        this.hook = event -> { };
    }
}
