package news.cms.editorial.story;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.account.UserAccounts;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.error.ConflictException;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.tag.TagDirectory;
import news.cms.core.testing.DatabaseTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newsroom on a busy night: more simultaneous saves than the database pool has connections, each
 * bringing tags nobody has used before. Every save needs one connection, however many tags it makes,
 * so none waits for a second connection that the others hold.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavesUnderLoadTest implements DatabaseTest {

    private static final int POOL = 4;

    @Inject
    StoryDesk desk;
    @Inject
    TagDirectory tags;
    @Inject
    UserAccounts accounts;
    @Inject
    AuthorDirectory authors;
    @Inject
    SectionDirectory sections;

    private Newsroom.Staff eda;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("datasources.default.maximum-pool-size", String.valueOf(POOL));
        // A save that waits this long for a connection has been starved: fail fast rather than after 30 s.
        props.put("datasources.default.connection-timeout", "5000");
        return props;
    }

    @BeforeAll
    void openTheNewsroom() {
        Newsroom newsroom = new Newsroom(accounts, authors, sections);
        eda = newsroom.editor("eda", "Eda Editor");
        newsroom.section("news", "News");
    }

    @Test
    void twiceThePoolsSizeOfSavesWithNewTagsAllGoThroughAndShareTheirCommonTag() throws Exception {
        int writers = 2 * POOL;
        Story draft = desk.create(eda.actor(), Newsroom.draft("Storm night", "news"));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Story>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                // every save brings the same new tag, one of its own, and half of them save the one draft
                StoryContent content = new StoryContent("Storm night, take " + i, "A dek", "Wind and rain.", "news",
                        null, List.of("Storm " + i, "Power cuts", "Coast " + i), null);
                boolean create = i % 2 == 0;
                saves.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return create ? desk.create(eda.actor(), content)
                            : desk.update(eda.actor(), draft.id(), desk.get(eda.actor(), draft.id()).version(), content);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            int saved = 0;
            List<Throwable> failures = new ArrayList<>();
            for (Future<Story> save : saves) {
                try {
                    Story story = save.get(60, TimeUnit.SECONDS);
                    assertEquals("Power cuts", story.tags().get(1));
                    saved++;
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            // Saves of the one draft may lose to each other (409); none may fail for want of a connection.
            for (Throwable failure : failures) {
                assertTrue(failure instanceof ConflictException,
                        "a save failed on " + TestDatabase.name() + " other than by a version conflict: " + failure);
            }
            assertTrue(saved >= POOL + 1, saved + " saves went through on " + TestDatabase.name() + "; failures: " + failures);
            assertEquals("Power cuts", tags.find("power-cuts").orElseThrow().name(), "one shared tag, made once");
        } finally {
            pool.shutdownNow();
        }
    }
}
