package news.cms.app.search;

import io.micronaut.context.ApplicationContext;
import news.cms.app.CmsCommand;
import news.cms.core.search.SearchQuery;
import news.cms.core.search.StorySearch;
import news.cms.core.testing.TestDatabase;
import news.cms.search.index.SearchIndex;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar cms-app.jar reindex} run in-process, with progress; and an index that cannot be
 * read (a pointer to nothing, a directory of garbage) is built again by itself when it is opened.
 */
class ReindexCommandTest {

    @Test
    void reindexBuildsTheIndexWithProgressAndSwapsItIn() throws Exception {
        TestDatabase.cleanExternalDatabase();
        Path data = TestDatabase.newDataDirectory();
        Map<String, Object> settings = new HashMap<>(TestDatabase.properties(data));
        StringWriter err = new StringWriter();
        int code = CmsCommand.run(new String[]{"reindex"}, Map.copyOf(settings), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("0 of 0 stories (100%)"), err.toString());
        assertTrue(err.toString().contains("Reindexed 0 stories"), err.toString());
        String current = Files.readString(data.resolve("search/current")).strip();
        assertTrue(Files.isDirectory(data.resolve("search").resolve(current)), current);

        assertEquals(0, CmsCommand.run(new String[]{"reindex"}, Map.copyOf(settings), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));
        String next = Files.readString(data.resolve("search/current")).strip();
        assertFalse(next.equals(current), "a new generation");
        assertFalse(Files.exists(data.resolve("search").resolve(current)), "the old one removed");
    }

    @Test
    void anIndexThatCannotBeReadIsBuiltAgainWhenItIsOpened() throws Exception {
        TestDatabase.cleanExternalDatabase();
        Path data = TestDatabase.newDataDirectory();
        Path search = Files.createDirectories(data.resolve("search/index-garbage"));
        Files.writeString(search.resolve("segments_1"), "not an index");
        Files.writeString(data.resolve("search/current"), "index-garbage");
        Map<String, Object> settings = new HashMap<>(TestDatabase.properties(data));
        settings.put("cms.search.indexer", "false");
        try (ApplicationContext context = ApplicationContext.builder().properties(settings).start()) {
            SearchIndex index = context.getBean(SearchIndex.class);
            index.openOrRebuild();
            assertTrue(index.isOpen());
            assertEquals(0, context.getBean(StorySearch.class).search(new SearchQuery("anything", SearchQuery.NEWSROOM,
                    null, null, null, null, null, false, 1, 10, Instant.now())).total());
            assertFalse(Files.exists(search), "the unreadable one is gone");
        }
    }
}
