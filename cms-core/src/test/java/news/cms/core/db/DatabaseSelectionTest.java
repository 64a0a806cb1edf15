package news.cms.core.db;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.testing.DatabaseTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings pick the database: CMS_DB_URL's MySQL/MariaDB, else H2 in the data directory. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseSelectionTest implements DatabaseTest {

    @Inject
    DataSource contextual;
    DataSource dataSource;

    @org.junit.jupiter.api.BeforeAll
    void unwrap() {
        // the injected one lends the connection of the current transaction; these checks have none
        dataSource = DelegatingDataSource.unwrapDataSource(contextual);
    }

    @Test
    void theServerTalksToTheDatabaseItWasPointedAt() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (TestDatabase.isExternal()) {
                assertTrue(product.equals("MySQL") || product.equals("MariaDB"), product);
            } else {
                assertEquals("H2", product);
                try (var rs = c.createStatement().executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'")) {
                    assertTrue(rs.next());
                    assertEquals("MySQL", rs.getString(1));
                }
            }
        }
    }

    @Test
    void everyTableKeepsFourByteUnicode() throws SQLException {
        if (!TestDatabase.isExternal()) {
            return; // H2 stores Java strings as they are; the round trip is tested on both elsewhere
        }
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery(
                     "SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                             + " AND TABLE_NAME <> 'flyway_schema_history'")) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                assertTrue(rs.getString(2).startsWith("utf8mb4"), rs.getString(1) + " is " + rs.getString(2));
            }
            assertTrue(tables >= 9, "tables found: " + tables);
        }
    }
}
