package news.cms.core.testing;

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
     * Properties that also wipe the external database's schema before migrating: the start of a test
     * class, never a restart within one.
     */
    public static Map<String, String> cleanProperties() {
        Map<String, String> props = properties();
        props.putAll(clean());
        return props;
    }

    public static Map<String, String> clean() {
        return isExternal()
                ? Map.of("flyway.datasources.default.clean-schema", "true",
                         "flyway.datasources.default.clean-disabled", "false")
                : Map.of();
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
