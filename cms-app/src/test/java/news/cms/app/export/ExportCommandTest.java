package news.cms.app.export;

import news.cms.app.CmsCommand;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar cms-app.jar export …} run in-process: its help, its answer to a wrong option, an export. */
class ExportCommandTest {

    /** What one run of the command line printed and returned. */
    private record Run(int code, String out, String err) {
    }

    @Test
    void helpNamesEveryOption() {
        Run run = run(Map.of(), "export", "--help");
        assertEquals(0, run.code());
        for (String option : new String[]{"--out", "--incremental", "--base-url", "Exit codes"}) {
            assertTrue(run.out().contains(option), run.out());
        }
    }

    @Test
    void anUnknownOptionIsNamedWithTheOneMeantAndExitsWithTwo() {
        Run run = run(Map.of(), "export", "--incrmental");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown option: '--incrmental'"), run.err());
        assertTrue(run.err().contains("--incremental"), run.err());
        assertTrue(run.err().contains("export --help"), run.err());
    }

    @Test
    void anExportRunsWithoutTheServerAndAgainIncrementally() throws IOException {
        Map<String, Object> settings = new HashMap<>(TestDatabase.cleanProperties());
        Path site = Files.createTempDirectory("cms-export-cli-").resolve("site");

        Run missing = run(settings, "export", "--out", site.toString());
        assertEquals(1, missing.code(), missing.err());
        assertEquals(1, missing.err().lines().count(), "one line: " + missing.err());
        assertTrue(missing.err().contains("set CMS_BASE_URL or pass --base-url"), missing.err());

        Run full = run(settings, "export", "--out", site.toString(), "--base-url", "https://news.example.org/");
        assertEquals(0, full.code(), full.err());
        assertTrue(full.err().startsWith("Exported 0 stories: 1 pages, 8 files"), full.err());
        assertTrue(Files.isSymbolicLink(site));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>https://news.example.org/</loc>"));
        assertTrue(Files.isRegularFile(site.resolve("assets/site.css")), "the pages' stylesheet");
        assertTrue(Files.readString(site.resolve("404.html")).contains("Page not found"), "the static host's 404 page");
        assertTrue(Files.isRegularFile(site.resolve("redirects.map")), "nginx's map of old addresses, empty or not");

        Run incremental = run(settings, "export", "--out", site.toString(), "--incremental",
                "--base-url", "https://news.example.org");
        assertEquals(0, incremental.code(), incremental.err());
        assertTrue(incremental.err().contains("(incremental)"), incremental.err());
    }

    private static Run run(Map<String, ?> settings, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CmsCommand.run(args, Map.copyOf(settings), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
