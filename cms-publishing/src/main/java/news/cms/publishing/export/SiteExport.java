package news.cms.publishing.export;

import jakarta.inject.Singleton;
import news.cms.core.section.SectionDirectory;
import news.cms.core.settings.CmsSettings;
import news.cms.core.settings.DataDirectory;
import news.cms.core.story.Listing;
import news.cms.core.story.ListingKey;
import news.cms.core.story.PublishedStories;
import news.cms.core.story.Story;
import news.cms.core.time.UtcTime;
import news.cms.publishing.picture.PagePictures;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The static export: the whole public site as files, each exactly what the server answers at its URL
 * (the same builders and templates), into a new generation that replaces the old one in one step
 * ({@link Generations}). Live stories are read once, newest first, a batch at a time by key, and shown
 * to every {@link ExportStep}; rendering and writing run on one worker per core behind a bounded
 * queue, so neither all stories nor all pages are ever in memory.
 */
@Singleton
public class SiteExport {

    /** Stories read at a time. */
    private static final int BATCH = 500;
    /** Keys read at a time: one keyset query for many batches of stories. */
    private static final int KEY_BATCH = 10_000;
    /** Jobs waiting per worker before the reader waits for them. */
    private static final int QUEUED_PER_WORKER = 16;

    private final PublishedStories published;
    private final SectionDirectory sections;
    private final ExportPlanner planner;
    private final SiteFingerprint fingerprint;
    private final StoryPlaces places;
    private final PagePictures pictures;
    private final List<ExportStep> steps;
    private final ExportSettings settings;
    private final DataDirectory data;
    private final CmsSettings cms;
    private final Clock clock;

    SiteExport(PublishedStories published, SectionDirectory sections, ExportPlanner planner, SiteFingerprint fingerprint,
               StoryPlaces places, PagePictures pictures, List<ExportStep> steps, ExportSettings settings,
               DataDirectory data, CmsSettings cms, Clock clock) {
        this.published = published;
        this.sections = sections;
        this.planner = planner;
        this.fingerprint = fingerprint;
        this.places = places;
        this.pictures = pictures;
        this.steps = steps;
        this.settings = settings;
        this.data = data;
        this.cms = cms;
        this.clock = clock;
    }

    /** The configured export directory: {@code CMS_EXPORT_DIR}, else {@code site} in the data directory. */
    public Path directory() {
        return settings.getDir().map(dir -> dir.toAbsolutePath().normalize()).orElseGet(() -> data.resolve("site"));
    }

    /** {@code CMS_BASE_URL}, when it is set. */
    public Optional<String> configuredBaseUrl() {
        return cms.getBaseUrl();
    }

    /**
     * Exports the site as the request says, reporting to {@code progress} as it goes.
     *
     * @throws ExportException when it cannot be done; {@code out} then still shows the previous export
     */
    public ExportSummary export(ExportRequest request, ExportProgress progress) {
        long started = System.nanoTime();
        Instant now = UtcTime.now(clock);
        try (Generations generations = Generations.open(request.out())) {
            Optional<Path> current = generations.current();
            String print = fingerprint.of(request.baseUrl());
            ExportPlan plan = planner.plan(request.incremental(), current.map(generations::stateOf), print, now);
            Path generation = plan.isFull() ? generations.create(now) : generations.linkedCopyOf(current.orElseThrow(), now);
            try {
                write(request, plan, new ExportState(now, print), generation, generations.stateOf(generation), progress);
                generations.publish(generation);
            } catch (RuntimeException | Error e) {
                generations.discard(generation);
                throw e;
            }
            return new ExportSummary(plan.mode(), progress.done(), progress.pages(), progress.files(),
                    progress.unchanged(), progress.deleted(), progress.bytes(), Duration.ofNanos(System.nanoTime() - started),
                    generation);
        }
    }

    private void write(ExportRequest request, ExportPlan plan, ExportState state, Path generation, Path stateFile,
                       ExportProgress progress) {
        Instant now = state.exportedAt();
        progress.total(published.count(Listing.home(), now));
        int threads = Runtime.getRuntime().availableProcessors();
        try (Workers workers = new Workers(threads, threads * QUEUED_PER_WORKER);
             ExportState.Writer stories = new ExportState.Writer(stateFile, state)) {
            ExportRun run = new ExportRun(request.baseUrl(), now, plan, sections.list(),
                    new SiteFiles(generation, !plan.isFull(), progress), workers);
            List<ExportStep.Pass> passes = steps.stream().map(step -> step.begin(run)).toList();
            ListingKey after = null;
            List<ListingKey> keys;
            do {
                keys = published.keys(Listing.home(), after, KEY_BATCH, now);
                for (int from = 0; from < keys.size(); from += BATCH) {
                    if (progress.isCancelled()) {
                        throw new ExportException("The export was stopped before it finished; the site is as it was");
                    }
                    List<Story> batch = published.stories(keys.subList(from, Math.min(keys.size(), from + BATCH)), now);
                    pictures.ofStories(batch); // read ahead: the steps' pages find them kept
                    for (Story story : batch) {
                        for (ExportStep.Pass pass : passes) {
                            pass.story(story);
                        }
                        stories.add(new ExportState.Entry(story.id(), places.article(story), places.listingPaths(story)));
                        progress.storyDone();
                    }
                    workers.check();
                }
                after = keys.isEmpty() ? after : keys.get(keys.size() - 1);
            } while (keys.size() == KEY_BATCH);
            passes.forEach(ExportStep.Pass::finish);
            workers.await();
            passes.forEach(ExportStep.Pass::prune);
        }
    }
}
