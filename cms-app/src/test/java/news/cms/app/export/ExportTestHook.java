package news.cms.app.export;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import news.cms.core.story.Story;
import news.cms.publishing.export.ExportRun;
import news.cms.publishing.export.ExportStep;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An export step for tests ({@code cms.test.export-hook=true}): does nothing until armed, then fails
 * in the middle of the stories, or holds the export at its start until released.
 */
@Singleton
@Requires(property = "cms.test.export-hook", value = "true")
class ExportTestHook implements ExportStep {

    /** A RuntimeException or an Error: what the export meets at its second story. */
    private volatile Throwable failure;
    private volatile CountDownLatch hold;

    /** The next exports fail at their second story with this, until {@link #disarm}. */
    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** The next exports meet this error (say, running out of memory) at their second story, until {@link #disarm}. */
    void failWith(Error failure) {
        this.failure = failure;
    }

    /** The next exports wait at their start until {@link #release}. */
    void holdAtStart() {
        hold = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch latch = hold;
        hold = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    void disarm() {
        failure = null;
        release();
    }

    @Override
    public Pass begin(ExportRun run) {
        CountDownLatch latch = hold;
        if (latch != null) {
            try {
                latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Pass() {
            private int stories;

            @Override
            public void story(Story story) {
                Throwable armed = failure;
                if (armed != null && ++stories == 2) {
                    if (armed instanceof Error error) {
                        throw error;
                    }
                    throw (RuntimeException) armed;
                }
            }
        };
    }
}
