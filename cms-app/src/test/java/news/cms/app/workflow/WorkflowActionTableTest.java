package news.cms.app.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import news.cms.app.ApiClient;
import news.cms.app.ApiTest;
import news.cms.core.story.StoryStatus;
import news.cms.editorial.workflow.WorkflowAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static news.cms.app.ProblemAssertions.problem;
import static news.cms.core.story.StoryStatus.APPROVED;
import static news.cms.core.story.StoryStatus.DRAFT;
import static news.cms.core.story.StoryStatus.PUBLISHED;
import static news.cms.core.story.StoryStatus.SCHEDULED;
import static news.cms.core.story.StoryStatus.SUBMITTED;
import static news.cms.core.story.StoryStatus.UNPUBLISHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow's action table over HTTP, every cell of it: each action × each starting state × each
 * kind of actor (the story's reporter, another reporter, an editor, an admin) is one test, run on a
 * story of its own brought to that state through the API. The expected answers come from the
 * contract's table (written out below, not read from {@link WorkflowAction}, so that the code and the
 * contract are checked against each other): 403 for a role that may not take the action, else 200
 * with the new status when the state allows it, else 409 naming the states that do.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowActionTableTest extends ApiTest {

    /** Who acts on a cell's story. */
    enum Actor {
        ITS_REPORTER("its reporter"), ANOTHER_REPORTER("another reporter"), EDITOR("editor"), ADMIN("admin");

        final String label;

        Actor(String label) {
            this.label = label;
        }
    }

    /** A row of the contract's table (docs: shared/api-contract.md, "Stories"). */
    record Row(boolean itsReporterMay, Set<StoryStatus> from, StoryStatus to) {
    }

    private static final Map<String, Row> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("submit", new Row(true, EnumSet.of(DRAFT), SUBMITTED));
        CONTRACT.put("return", new Row(false, EnumSet.of(SUBMITTED, APPROVED), DRAFT));
        CONTRACT.put("approve", new Row(false, EnumSet.of(SUBMITTED), APPROVED));
        CONTRACT.put("schedule", new Row(false, EnumSet.of(DRAFT, SUBMITTED, APPROVED), SCHEDULED));
        CONTRACT.put("unschedule", new Row(false, EnumSet.of(SCHEDULED), APPROVED));
        CONTRACT.put("publish", new Row(false, EnumSet.of(DRAFT, SUBMITTED, APPROVED, SCHEDULED, UNPUBLISHED), PUBLISHED));
        CONTRACT.put("unpublish", new Row(false, EnumSet.of(PUBLISHED), UNPUBLISHED));
        CONTRACT.put("correct", new Row(false, EnumSet.of(PUBLISHED), PUBLISHED));
    }

    /** Far enough ahead that the scheduler never publishes a table story while the class runs. */
    private static final Instant FAR_FUTURE = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS);

    private String reporter;
    private String otherReporter;
    private String editor;

    @BeforeAll
    void newsroom() {
        section("table");
        reporter = user("tabby", "REPORTER");
        otherReporter = user("other", "REPORTER");
        editor = user("tabled", "EDITOR");
    }

    @Test
    void theContractTableAndTheActionsAgree() {
        assertEquals(CONTRACT.keySet(), Arrays.stream(WorkflowAction.values()).map(WorkflowAction::path)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    @TestFactory
    Stream<DynamicTest> everyActionFromEveryStateByEveryActor() throws Exception {
        List<Cell> cells = new ArrayList<>();
        for (WorkflowAction action : WorkflowAction.values()) {
            for (StoryStatus state : StoryStatus.values()) {
                for (Actor actor : Actor.values()) {
                    cells.add(new Cell(action, state, actor));
                }
            }
        }
        prepare(cells);
        return cells.stream().map(cell -> DynamicTest.dynamicTest(cell.name(), () -> check(cell)));
    }

    // ---- one cell ---------------------------------------------------------------------------------

    private final class Cell {
        final WorkflowAction action;
        final StoryStatus state;
        final Actor actor;
        final Row row;
        long id;
        long version;

        Cell(WorkflowAction action, StoryStatus state, Actor actor) {
            this.action = action;
            this.state = state;
            this.actor = actor;
            this.row = CONTRACT.get(action.path());
        }

        boolean roleAllowed() {
            return switch (actor) {
                case EDITOR, ADMIN -> true;
                case ITS_REPORTER -> row != null && row.itsReporterMay();
                case ANOTHER_REPORTER -> false;
            };
        }

        int expected() {
            if (!roleAllowed()) {
                return 403;
            }
            return row.from().contains(state) ? 200 : 409;
        }

        String name() {
            return action.path() + " from " + state + " by " + actor.label + " → " + expected();
        }

        String token() {
            return switch (actor) {
                case ITS_REPORTER -> reporter;
                case ANOTHER_REPORTER -> otherReporter;
                case EDITOR -> editor;
                case ADMIN -> admin;
            };
        }

        /** A valid body for the action. */
        Map<String, Object> requestBody() {
            return switch (action.path()) {
                case "return" -> body("note", "Please source the second paragraph");
                case "schedule" -> body("publishAt", FAR_FUTURE.plus(Duration.ofDays(1)).toString());
                case "unpublish" -> body("reason", "Legal asked us to take it down");
                case "correct" -> body("note", "An earlier version misspelled the mayor's name", "version", version);
                default -> body();
            };
        }
    }

    private void check(Cell cell) {
        try {
            checkCell(cell);
        } catch (AssertionError e) {
            // surefire's report names dynamic tests by number only: say which cell failed
            throw new AssertionError(cell.name() + " (story " + cell.id + "): " + e.getMessage(), e);
        }
    }

    private void checkCell(Cell cell) {
        assertTrue(cell.row != null, "the contract has no row for " + cell.action.path());
        String path = "/api/stories/" + cell.id + "/" + cell.action.path();
        ApiClient.Reply reply = api.post(path, cell.requestBody(), cell.token());
        int expected = cell.expected();
        if (expected == 200) {
            expect(200, reply);
            assertEquals(cell.row.to().name(), reply.text("status"), reply.body());
            assertEquals(cell.id, reply.number("id"));
            assertTrue(reply.number("version") > cell.version, "the version moves on: " + reply.body());
            ApiClient.Reply read = expect(200, api.get("/api/stories/" + cell.id, editor));
            assertEquals(cell.row.to().name(), read.text("status"), read.body());
            assertEquals(reply.json(), read.json(), "the answer is the story as it now reads");
            switch (cell.action.path()) {
                case "schedule" -> assertEquals(cell.requestBody().get("publishAt"), read.text("scheduledAt"));
                case "unschedule", "publish" -> assertEquals(null, read.text("scheduledAt"), read.body());
                case "return" -> assertEquals(1, read.json().get("notes").size(), read.body());
                case "correct" -> assertEquals(1, read.json().get("corrections").size(), read.body());
                default -> { }
            }
            if (cell.row.to() == PUBLISHED) {
                assertTrue(read.text("publishedAt") != null, "published without publishedAt: " + read.body());
            }
            return;
        }
        problem(expected, reply);
        if (expected == 409) {
            String detail = reply.text("detail");
            for (StoryStatus allowed : cell.row.from()) {
                assertTrue(detail.contains(allowed.name()), "409 detail should name " + allowed + ": " + detail);
            }
            assertTrue(detail.toLowerCase(Locale.ROOT).contains(cell.action.path()), "409 detail should name the action: " + detail);
        }
        ApiClient.Reply read = expect(200, api.get("/api/stories/" + cell.id, editor));
        assertEquals(cell.state.name(), read.text("status"), "a refused action changes nothing: " + read.body());
        assertEquals(cell.version, read.number("version"), "a refused action changes nothing: " + read.body());
    }

    // ---- setting the stories up -------------------------------------------------------------------

    /**
     * One story per cell, created by its reporter and brought to the cell's state by the editor by the
     * shortest way the contract allows; several stories at a time.
     */
    private void prepare(List<Cell> cells) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Cell cell : cells) {
                futures.add(pool.submit(() -> bringTo(cell)));
            }
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void bringTo(Cell cell) {
        ApiClient.Reply story = expect(201, api.post("/api/stories", body(
                "headline", "Table " + cell.name(),
                "dek", "A story for one cell of the table",
                "body", "Body text.",
                "section", "table"), reporter));
        cell.id = story.number("id");
        List<String> steps = switch (cell.state) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of("submit");
            case APPROVED -> List.of("submit", "approve");
            case SCHEDULED -> List.of("schedule");
            case PUBLISHED -> List.of("publish");
            case UNPUBLISHED -> List.of("publish", "unpublish");
        };
        for (String step : steps) {
            Map<String, Object> body = switch (step) {
                case "schedule" -> body("publishAt", FAR_FUTURE.toString());
                case "unpublish" -> body("reason", "Set-up: taken down");
                default -> body();
            };
            story = expect(200, api.post("/api/stories/" + cell.id + "/" + step, body, editor));
        }
        assertEquals(cell.state.name(), story.text("status"), "set-up of " + cell.name() + ": " + story.body());
        cell.version = story.number("version");
    }
}
