package news.cms.publishing.export;

import news.cms.core.section.Section;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** One export under way, as its steps see it. */
public final class ExportRun {

    private final String baseUrl;
    private final Instant now;
    private final ExportPlan plan;
    private final List<Section> sections;
    private final SiteFiles files;
    private final Workers workers;

    ExportRun(String baseUrl, Instant now, ExportPlan plan, List<Section> sections, SiteFiles files, Workers workers) {
        this.baseUrl = baseUrl;
        this.now = now;
        this.plan = plan;
        this.sections = List.copyOf(sections);
        this.files = files;
        this.workers = workers;
    }

    /** The public site's address, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The moment the export reads the site as of: a story is live if it was live then. */
    public Instant now() {
        return now;
    }

    /** The site's sections, read once when the export began. */
    public List<Section> sections() {
        return sections;
    }

    /** Whether this run renders the story's article: always, unless it is incremental and the story did not change. */
    public boolean rendersArticle(long storyId) {
        return plan.rendersArticle(storyId);
    }

    /** Whether this run renders the listing whose first page is at {@code path}. */
    public boolean rendersListing(String path) {
        return plan.rendersListing(path);
    }

    public boolean isIncremental() {
        return !plan.isFull();
    }

    /** Renders and writes a file on a worker thread; blocks while too many wait. */
    public void write(String urlPath, FileLayout.Kind kind, Supplier<String> content) {
        workers.submit(() -> files.write(urlPath, kind, content.get()));
    }

    /** Puts a file the server keeps, such as a picture's rendition, at {@code urlPath}, on a worker thread. */
    public void link(String urlPath, Path source) {
        workers.submit(() -> files.link(urlPath, source));
    }

    /** Deletes a file of the previous generation (incremental runs, in {@link ExportStep.Pass#prune}). */
    public void delete(String urlPath, FileLayout.Kind kind) {
        files.delete(urlPath, kind);
    }

    /** Deletes a directory of the previous generation, such as a tag's pages. */
    public void deleteTree(String urlPath) {
        files.deleteTree(FileLayout.directoryOf(urlPath));
    }

    /**
     * A file of the generation being written, as it is now: in an incremental run, before this run
     * replaces it, the previous export's.
     */
    public Optional<String> read(String urlPath, FileLayout.Kind kind) {
        return files.read(urlPath, kind);
    }

    /** The names in a directory of the generation being written. */
    public List<String> list(String urlPath) {
        return files.list(FileLayout.directoryOf(urlPath));
    }

    ExportPlan plan() {
        return plan;
    }
}
