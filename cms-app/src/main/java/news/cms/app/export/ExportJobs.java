package news.cms.app.export;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import news.cms.core.account.Actor;
import news.cms.core.error.ConflictException;
import news.cms.core.error.NotFoundException;
import news.cms.publishing.export.ExportException;
import news.cms.publishing.export.ExportRequest;
import news.cms.publishing.export.ExportSummary;
import news.cms.publishing.export.SiteExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The exports asked for through the API: one at a time, each in the background into the configured
 * directory ({@code CMS_EXPORT_DIR}), never one a request names. The last few are kept (in memory) so
 * their outcome can be read.
 */
@Singleton
class ExportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ExportJobs.class);
    private static final int KEPT = 20;

    private final SiteExport export;
    private final ExportAudit audit;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(job -> new Thread(job, "site-export"));
    private final Map<String, ExportJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ExportJob> eldest) {
            return size() > KEPT;
        }
    };

    ExportJobs(SiteExport export, ExportAudit audit, Clock clock) {
        this.export = export;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param baseUrl the site's address for absolute links, as the server's own pages use it
     * @throws ConflictException while another export runs
     */
    synchronized ExportJob start(Actor actor, boolean incremental, String baseUrl) {
        ExportJob running = jobs.values().stream().filter(ExportJob::isRunning).findFirst().orElse(null);
        if (running != null) {
            throw new ConflictException("Export " + running.id() + " is still running: wait until GET /api/export/"
                    + running.id() + " says it has finished");
        }
        ExportRequest request;
        try {
            request = new ExportRequest(export.directory(), incremental, baseUrl);
        } catch (ExportException e) {
            throw new ConflictException(e.getMessage());
        }
        ExportJob job = new ExportJob(UUID.randomUUID().toString(), incremental, clock.instant());
        audit.started(actor, job, (incremental ? "incremental" : "full") + " export into " + request.out());
        jobs.put(job.id(), job);
        runner.execute(() -> run(actor, job, request));
        return job;
    }

    synchronized ExportJob get(String id) {
        ExportJob job = jobs.get(id);
        if (job == null) {
            throw new NotFoundException("No export has the id '" + id + "'");
        }
        return job;
    }

    /**
     * Runs the export and ends the job whatever happens: an {@link Error} too (say the heap ran out
     * while rendering) ends it FAILED, so the next export can start. The Error is not rethrown: the
     * export's own memory is gone with it, and the server (and this worker) carry on.
     */
    private void run(Actor actor, ExportJob job, ExportRequest request) {
        String outcome;
        try {
            ExportSummary summary = export.export(request, job.progress());
            outcome = String.format("%s: %d stories, %d pages, %d files, %d bytes in %d ms", summary.mode(),
                    summary.stories(), summary.pages(), summary.files(), summary.bytes(), summary.took().toMillis());
            job.succeeded(clock.instant());
        } catch (ExportException e) {
            outcome = "failed: " + e.getMessage();
            job.failed(e.getMessage(), clock.instant());
        } catch (OutOfMemoryError e) {
            LOG.error("Export {} ran out of memory", job.id(), e);
            outcome = "failed: " + e;
            job.failed("The export ran out of memory; the site is as it was. Give the server more heap (-Xmx), "
                    + "or stop it and run the export command, which needs less.", clock.instant());
        } catch (RuntimeException | Error e) {
            LOG.error("Export {} failed", job.id(), e);
            outcome = "failed: " + e;
            job.failed("The export failed (" + e.getClass().getSimpleName() + "); the site is as it was. The server's log has the details.",
                    clock.instant());
        }
        try {
            audit.finished(actor, job, outcome);
        } catch (RuntimeException e) {
            LOG.warn("Could not write the audit line of export {}: {}", job.id(), outcome, e);
        }
    }

    /** A running export stops at its next batch (the site stays as it was) before the database goes. */
    @PreDestroy
    void stop() throws InterruptedException {
        synchronized (this) {
            jobs.values().stream().filter(ExportJob::isRunning).forEach(job -> job.progress().cancel());
        }
        runner.shutdown();
        runner.awaitTermination(30, TimeUnit.SECONDS);
    }
}
