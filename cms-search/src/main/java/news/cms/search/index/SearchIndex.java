package news.cms.search.index;

import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import news.cms.core.change.Change;
import news.cms.core.change.ChangeFeed;
import news.cms.core.settings.DataDirectory;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search index in {@code <data dir>/search}: a generation directory ({@code index-<time>}) named
 * by the file {@code current}, so that a rebuild is made beside the index in use and swapped in by
 * one atomic rename. Each commit carries the analysis it was made with and how far it has read the
 * change feed: the index and its position are committed together, so a crash (even kill -9) loses
 * nothing, and what is applied again after it is harmless (a story is indexed as it is now).
 */
@Singleton
public class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String POINTER = "current";
    private static final String ANALYSIS = "analysis";
    private static final String POSITION = "feed.position";
    private static final String GAPS = "feed.gaps";
    /** Stories read and written at a time by a rebuild. */
    private static final int BATCH = 500;
    /** The feed's latest ids a rebuild looks at for changes that had not committed when it started. */
    private static final int RECENT_IDS = 1_000;

    private final Path root;
    private final StoryStore stories;
    private final ChangeFeed feed;
    private final Clock clock;
    private final Analyzer analyzer = Languages.perField();

    private volatile Open open;

    /** The index in use: its directory, writer, searchers and feed position. */
    private record Open(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
                        FeedPosition position) {
    }

    SearchIndex(DataDirectory data, StoryStore stories, ChangeFeed feed, Clock clock) {
        this.root = data.resolve("search");
        this.stories = stories;
        this.feed = feed;
        this.clock = clock;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Whether an index is open for searching. */
    public boolean isOpen() {
        return open != null;
    }

    /**
     * Opens the current index; when there is none, or it cannot be read, or an older analysis made it,
     * builds a new one from the database first (and says why in the log).
     */
    public synchronized void openOrRebuild() {
        if (open != null) {
            return;
        }
        String why = null;
        try {
            open = openCurrent();
        } catch (NoSuchFileException missing) {
            why = "there is no search index yet";
        } catch (StaleAnalysisException stale) {
            why = stale.getMessage();
        } catch (IOException | RuntimeException unreadable) {
            why = "the search index cannot be read (" + unreadable.getMessage() + ")";
        }
        if (why != null) {
            LOG.info("{}: building it from the database", why);
            rebuild(done -> { });
        }
    }

    /**
     * Builds a new index of every story from the database into a fresh directory, then swaps it in and
     * removes the old ones. Searches go on against the old index until the swap.
     *
     * @param progress told the number of stories indexed so far, after each batch
     * @return the number of stories indexed
     */
    public synchronized long rebuild(LongConsumer progress) {
        try {
            Files.createDirectories(root);
            Instant started = clock.instant();
            long last = feed.last();
            Set<Long> recent = feed.after(Math.max(0, last - RECENT_IDS), RECENT_IDS).stream().map(Change::id)
                    .collect(Collectors.toSet());
            FeedPosition position = FeedPosition.startingAt(last, recent, Math.max(0, last - RECENT_IDS), started);
            Path fresh = root.resolve("index-" + started.toEpochMilli() + "-" + System.nanoTime() % 100_000);
            long count = 0;
            try (Directory directory = FSDirectory.open(fresh);
                 IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE))) {
                long after = 0;
                List<Story> batch;
                do {
                    batch = stories.after(after, BATCH);
                    for (Story story : batch) {
                        writer.addDocument(StoryDocuments.of(story));
                    }
                    count += batch.size();
                    after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
                    progress.accept(count);
                } while (batch.size() == BATCH);
                writer.setLiveCommitData(commitData(position).entrySet());
                writer.commit();
            }
            Path pointer = root.resolve(POINTER);
            Path written = root.resolve(POINTER + ".tmp");
            Files.writeString(written, fresh.getFileName().toString(), StandardCharsets.UTF_8);
            try {
                Files.move(written, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, pointer, StandardCopyOption.REPLACE_EXISTING);
            }
            closeOpen();
            open = openCurrent();
            removeAllBut(fresh);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Building the search index in " + root + " failed: " + e.getMessage()
                    + " (check that the data directory is writable and has room, then run `reindex`)", e);
        }
    }

    /** A copy of how far the open index has read the change feed; null when none is open. */
    @Nullable
    FeedPosition position() {
        Open current = open;
        return current == null ? null : current.position().copy();
    }

    /**
     * Applies what the feed said: each story indexed as it is now (or removed when it is gone), then
     * committed with the new position, then visible to searches.
     */
    void apply(Collection<Story> current, Collection<Long> gone, FeedPosition position) {
        Open index = open;
        if (index == null) {
            return;
        }
        try {
            for (Story story : current) {
                index.writer().updateDocument(new Term(StoryDocuments.ID, Long.toString(story.id())), StoryDocuments.of(story));
            }
            for (long id : gone) {
                index.writer().deleteDocuments(new Term(StoryDocuments.ID, Long.toString(id)));
            }
            index.writer().setLiveCommitData(commitData(position).entrySet());
            index.writer().commit();
            index.searchers().maybeRefreshBlocking();
            open = new Open(index.path(), index.directory(), index.writer(), index.searchers(), position);
        } catch (IOException e) {
            throw new UncheckedIOException("Updating the search index failed: " + e.getMessage(), e);
        }
    }

    /** Runs a search against the latest searcher; empty while no index is open (the first build at start). */
    public <T> T search(SearchFunction<T> search, T whenNone) {
        Open index = open;
        if (index == null) {
            return whenNone;
        }
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                return search.apply(searcher);
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Searching failed: " + e.getMessage(), e);
        }
    }

    /** A search of one searcher. */
    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @PreDestroy
    synchronized void close() {
        closeOpen();
    }

    private Open openCurrent() throws IOException {
        String name = Files.readString(root.resolve(POINTER), StandardCharsets.UTF_8).strip();
        Path path = root.resolve(name);
        if (!Files.isDirectory(path)) {
            throw new NoSuchFileException(path.toString());
        }
        Directory directory = FSDirectory.open(path);
        try {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (!Languages.ANALYSIS.equals(data.get(ANALYSIS))) {
                throw new StaleAnalysisException("the search index was made by an older analysis (" + data.get(ANALYSIS)
                        + ", now " + Languages.ANALYSIS + ")");
            }
            FeedPosition position = FeedPosition.decode(data.get(POSITION), data.get(GAPS));
            IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            return new Open(path, directory, writer, new SearcherManager(writer, null), position);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(mode);
        config.setCommitOnClose(false); // only a commit with its feed position counts
        return config;
    }

    private static Map<String, String> commitData(FeedPosition position) {
        return Map.of(ANALYSIS, Languages.ANALYSIS, POSITION, Long.toString(position.last()), GAPS, position.encodeGaps());
    }

    private void closeOpen() {
        Open index = open;
        open = null;
        if (index == null) {
            return;
        }
        try {
            index.searchers().close();
            index.writer().rollback(); // nothing uncommitted is kept: the feed brings it back
            index.directory().close();
        } catch (IOException e) {
            LOG.warn("Closing the search index failed: {}", e.getMessage());
        }
    }

    private void removeAllBut(Path keep) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path old : entries.filter(p -> p.getFileName().toString().startsWith("index-") && !p.equals(keep)).toList()) {
                try (Stream<Path> files = Files.walk(old)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    /** The index's commit names another analysis than this build's. */
    private static final class StaleAnalysisException extends IOException {
        StaleAnalysisException(String message) {
            super(message);
        }
    }

    /** Ids of the given stories that are absent from {@code found}: deleted stories. */
    static Set<Long> missing(Set<Long> asked, Collection<Story> found) {
        Set<Long> gone = new HashSet<>(asked);
        found.forEach(story -> gone.remove(story.id()));
        return gone;
    }
}
