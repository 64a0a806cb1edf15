package news.cms.core.testing;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/**
 * Mix into a {@code @MicronautTest(transactional = false)} class with
 * {@code @TestInstance(PER_CLASS)}: the class gets a new data directory and a clean database
 * (H2, or the MySQL/MariaDB of {@code CMS_TEST_DB_URL}).
 */
public interface DatabaseTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }
}
