package news.cms.core.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import news.cms.core.settings.CmsSettings;
import news.cms.core.settings.DataDirectory;

/**
 * Points the default datasource at the database the settings name, with no rebuild: the MySQL 8 /
 * MariaDB database of {@code CMS_DB_URL} when it is set, otherwise an H2 file database in MySQL mode
 * inside the data directory. One set of Flyway migrations and one SQL dialect serve both.
 */
@Singleton
public class DatabaseSelection implements BeanCreatedEventListener<DatasourceConfiguration> {

    /** The embedded database's file name inside the data directory (H2 adds {@code .mv.db}). */
    public static final String EMBEDDED_DATABASE = "cms";

    private final CmsSettings settings;
    private final DataDirectory dataDirectory;

    public DatabaseSelection(CmsSettings settings, DataDirectory dataDirectory) {
        this.settings = settings;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration ds = event.getBean();
        // Each statement sees what others committed before it: a story save whose new tag another save
        // committed meanwhile (its INSERT IGNORE waited, then was ignored) must read that tag (MySQL's
        // default, REPEATABLE READ, would hide it behind the transaction's first snapshot).
        ds.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        settings.getDb().getUrl().ifPresentOrElse(url -> useExternal(ds, url), () -> useEmbedded(ds));
        return ds;
    }

    private void useExternal(DatasourceConfiguration ds, String url) {
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            throw new IllegalStateException("CMS_DB_URL must be a jdbc:mysql:// URL for MySQL 8 or MariaDB 10.11+, got " + url);
        }
        ds.setUrl(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
        ds.setDriverClassName("com.mysql.cj.jdbc.Driver");
        ds.setUsername(settings.getDb().getUser().orElse("root"));
        ds.setPassword(settings.getDb().getPassword().orElse(""));
        // Emoji and every script survive only with utf8mb4 on the connection too; instants are
        // stored as UTC whatever zone the server or the JVM runs in.
        ds.addDataSourceProperty("characterEncoding", "UTF-8");
        ds.addDataSourceProperty("connectionCollation", "utf8mb4_unicode_ci");
        ds.addDataSourceProperty("connectionTimeZone", "UTC");
        ds.addDataSourceProperty("forceConnectionTimeZoneToSession", "true");
        ds.addDataSourceProperty("rewriteBatchedStatements", "true");
    }

    private void useEmbedded(DatasourceConfiguration ds) {
        String file = dataDirectory.resolve(EMBEDDED_DATABASE).toString().replace('\\', '/');
        // WRITE_DELAY=0: a commit is written through before the answer goes out, so an acknowledged
        // story survives the process being killed. DB_CLOSE_ON_EXIT=FALSE: the application closes the
        // database when it stops, after the scheduler, rather than H2 closing it under running work.
        ds.setUrl("jdbc:h2:file:" + file + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        ds.setDriverClassName("org.h2.Driver");
        ds.setUsername("sa");
        ds.setPassword("");
    }
}
