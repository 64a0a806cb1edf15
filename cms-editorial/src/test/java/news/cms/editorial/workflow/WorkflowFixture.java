package news.cms.editorial.workflow;

import news.cms.core.testing.TestClock;
import news.cms.core.testing.TestDatabase;

import java.util.HashMap;
import java.util.Map;

/**
 * The context workflow and scheduler tests run in: a clean database, the {@link TestClock} and its
 * event recorder, and a scheduler that does not look on its own (the tests call
 * {@code publishDue()}; its first look, at start-up, finds nothing to do).
 */
public final class WorkflowFixture {

    private WorkflowFixture() {
    }

    public static Map<String, String> properties() {
        Map<String, String> props = new HashMap<>(TestDatabase.cleanProperties());
        props.put("test.clock", "true");
        props.put("cms.schedule.poll", "1h");
        return props;
    }
}
