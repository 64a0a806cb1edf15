package news.cms.editorial.workflow;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/workflow.md shows the state machine the code runs, not an older one. */
class WorkflowDocumentationTest {

    @Test
    void theDocumentedTableIsTheTableTheCodeRuns() throws IOException {
        Path doc = Path.of("..", "docs", "workflow.md");
        assertTrue(Files.exists(doc), "no " + doc.toAbsolutePath());
        String text = Files.readString(doc);
        String start = "<!-- workflow-table:start -->\n";
        String end = "<!-- workflow-table:end -->";
        String documented = text.substring(text.indexOf(start) + start.length(), text.indexOf(end)).strip();
        assertEquals(WorkflowAction.markdownTable().strip(), documented,
                "docs/workflow.md is out of date: paste WorkflowAction.markdownTable() between the markers");
    }
}
