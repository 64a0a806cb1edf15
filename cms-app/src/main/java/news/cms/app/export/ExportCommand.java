package news.cms.app.export;

import io.micronaut.context.ApplicationContext;
import news.cms.publishing.export.ExportException;
import news.cms.publishing.export.ExportProgress;
import news.cms.publishing.export.ExportRequest;
import news.cms.publishing.export.ExportSummary;
import news.cms.publishing.export.SiteExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code java -jar cms-app.jar export --out DIR [--incremental] [--base-url URL]}: the public site as
 * static files. Starts the application's beans and database but no HTTP server, exports, and stops.
 */
@Command(name = "export", sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Writes the public site as static files: every listing page, article, feed and sitemap, "
                        + "each exactly what the server serves at its URL (docs/export.md has the layout).",
                "DIR becomes a symbolic link to the new files, switched in one step when they are complete; "
                        + "the previous export is kept beside it.",
                "On the embedded database, stop the server first (or ask it: POST /api/export)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was exported", "1:the export failed; the message says what to do",
                "2:the command line was wrong"})
public class ExportCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the site goes. Default: CMS_EXPORT_DIR, else <data dir>/site.")
    Path out;

    @Option(names = "--incremental",
            description = "Rewrite only what changed since the last export into DIR (a full export when there is none).")
    boolean incremental;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The public site's address for absolute links. Default: CMS_BASE_URL.")
    String baseUrl;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Map<String, Object> properties;

    /** @param properties settings for the application context, on top of the environment's */
    public ExportCommand(Map<String, Object> properties) {
        this.properties = properties;
    }

    @Override
    public Integer call() {
        Map<String, Object> settings = new HashMap<>(properties);
        settings.put("cms.search.indexer", "false"); // a command's context leaves the search index to the server
        try (ApplicationContext context = ApplicationContext.builder().properties(settings).start()) {
            SiteExport export = context.getBean(SiteExport.class);
            String base = baseUrl != null ? baseUrl : export.configuredBaseUrl().orElseThrow(() -> new ExportException(
                    "No address for the site's absolute links: set CMS_BASE_URL or pass --base-url https://news.example.com"));
            Path dir = out != null ? out : export.directory();
            ExportRequest request = new ExportRequest(dir, incremental, base);
            ExportProgress progress = new ExportProgress();
            ExportSummary summary;
            try (ConsoleProgress console = new ConsoleProgress(progress, spec.commandLine().getErr(), System.console() != null)) {
                summary = export.export(request, progress);
            }
            spec.commandLine().getErr().println(ConsoleProgress.summary(summary, request.out().toString()));
            return 0;
        }
    }
}
