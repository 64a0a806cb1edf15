package news.cms.core.testing;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The database a test class runs on. Surefire runs every test class twice: on H2 ({@code cms.test.db=h2},
 * a fresh file database in a new data directory) and, when {@code CMS_TEST_DB_URL} is set, on that
 * MySQL 8 / MariaDB database ({@code cms.test.db=external}), whose schema Flyway cleans first.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isExternal() {
        return "external".equals(System.getProperty("cms.test.db"));
    }

    /** What the test reports as its database, e.g. in assertion messages. */
    public static String name() {
        return isExternal() ? "MySQL/MariaDB" : "H2";
    }

    /** The properties of a fresh application context on a clean database and a new data directory. */
    public static Map<String, String> properties() {
        return properties(newDataDirectory());
    }

    /** The same database, but with the given data directory (to restart on the same data). */
    public static Map<String, String> properties(Path dataDir) {
        Map<String, String> props = new HashMap<>();
        props.put("cms.data-dir", dataDir.toString());
        props.put("datasources.default.dialect", "MYSQL");
        props.put("flyway.datasources.default.enabled", "true");
        props.put("flyway.datasources.default.locations", "classpath:db/migration");
        props.put("cms.admin-password", ADMIN_PASSWORD);
        if (isExternal()) {
            String url = System.getenv("CMS_TEST_DB_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("cms.test.db=external needs CMS_TEST_DB_URL, e.g. jdbc:mysql://127.0.0.1:3306/test");
            }
            props.put("cms.db.url", url);
            props.put("cms.db.user", envOr("CMS_TEST_DB_USER", "root"));
            props.put("cms.db.password", envOr("CMS_TEST_DB_PASSWORD", ""));
        }
        return props;
    }

    /**
     * The properties of a fresh context on an empty database: the external database's schema is
     * wiped now, before the context starts (H2 gets a new data directory anyway). The wipe is not
     * left to the context's own Flyway, because a context that is closing could then wipe the
     * database of the next test class.
     */
    public static Map<String, String> cleanProperties() {
        cleanExternalDatabase();
        return properties();
    }

    /** Empties the external test database's schema; nothing to do on H2. */
    public static void cleanExternalDatabase() {
        if (isExternal()) {
            Flyway.configure()
                    .dataSource(System.getenv("CMS_TEST_DB_URL"), envOr("CMS_TEST_DB_USER", "root"),
                            envOr("CMS_TEST_DB_PASSWORD", ""))
                    .cleanDisabled(false)
                    .load()
                    .clean();
        }
    }

    public static Path newDataDirectory() {
        try {
            return Files.createTempDirectory("cms-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bootstrap admin's password in tests, given as CMS_ADMIN_PASSWORD would be. */
    public static final String ADMIN_PASSWORD = "Test-admin-pass-1";

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
