package news.cms.app.search;

import io.micronaut.context.ApplicationContext;
import news.cms.core.story.StoryStore;
import news.cms.search.index.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code java -jar cms-app.jar reindex}: builds the search index again from the database, with
 * progress, in a fresh directory beside the one in use, and swaps it in at the end in one step. On the
 * embedded database, stop the server first; a server that finds its index missing, unreadable or made
 * by an older analysis does the same by itself when it starts.
 */
@Command(name = "reindex", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Builds the search index again from the database, every story in every state, and swaps it in "
                + "when it is complete. On the embedded database, stop the server first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the index was rebuilt", "1:it failed; the message says what to do", "2:the command line was wrong"})
public class ReindexCommand implements Callable<Integer> {

    /** Progress lines: at most one a second, and the last. */
    private static final long EVERY_NANOS = 1_000_000_000L;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Map<String, Object> properties;

    /** @param properties settings for the application context, on top of the environment's */
    public ReindexCommand(Map<String, Object> properties) {
        this.properties = properties;
    }

    @Override
    public Integer call() {
        Map<String, Object> settings = new HashMap<>(properties);
        settings.put("cms.search.indexer", "false"); // this command builds the index; nothing else may write it
        PrintWriter err = spec.commandLine().getErr();
        try (ApplicationContext context = ApplicationContext.builder().properties(settings).start()) {
            long total = context.getBean(StoryStore.class).count();
            long started = System.nanoTime();
            long[] shown = {started - EVERY_NANOS};
            err.printf("Reindexing %,d stories%n", total);
            err.flush();
            long done = context.getBean(SearchIndex.class).rebuild(count -> {
                long now = System.nanoTime();
                if (now - shown[0] >= EVERY_NANOS || count >= total) {
                    shown[0] = now;
                    double seconds = Math.max(1e-3, (now - started) / 1e9);
                    err.printf("  %,d of %,d stories (%d%%), %,.0f a second%n", count, total,
                            total == 0 ? 100 : count * 100 / total, count / seconds);
                    err.flush();
                }
            });
            err.printf("Reindexed %,d stories in %.1f s; the server uses the new index from its next start%n", done,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }
}
