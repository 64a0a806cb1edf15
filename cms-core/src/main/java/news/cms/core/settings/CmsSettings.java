package news.cms.core.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The settings of the contract's "Running it" table that every module reads. Micronaut maps the
 * environment onto these properties: {@code CMS_DATA_DIR} is {@code cms.data-dir},
 * {@code CMS_DB_URL} is {@code cms.db.url} and so on.
 */
@ConfigurationProperties("cms")
public class CmsSettings {

    private Path dataDir = Path.of("data");
    @Nullable
    private String timezone;
    @Nullable
    private String baseUrl;
    private Db db = new Db();

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The newsroom's zone for dates on pages and "today"; the system zone when unset. */
    public ZoneId zone() {
        return timezone == null || timezone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timezone);
    }

    public void setTimezone(@Nullable String timezone) {
        this.timezone = timezone;
    }

    public Optional<String> getBaseUrl() {
        return Optional.ofNullable(baseUrl).filter(url -> !url.isBlank());
    }

    public void setBaseUrl(@Nullable String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Db getDb() {
        return db;
    }

    /** Micronaut injects the bound {@code cms.db} settings through this setter. */
    public void setDb(Db db) {
        this.db = db;
    }

    /** An external MySQL 8 / MariaDB database; when {@link #url} is unset the embedded H2 file is used. */
    @ConfigurationProperties("db")
    public static class Db {
        @Nullable
        private String url;
        @Nullable
        private String user;
        @Nullable
        private String password;

        public Optional<String> getUrl() {
            return Optional.ofNullable(url).filter(u -> !u.isBlank());
        }

        public void setUrl(@Nullable String url) {
            this.url = url;
        }

        public Optional<String> getUser() {
            return Optional.ofNullable(user);
        }

        public void setUser(@Nullable String user) {
            this.user = user;
        }

        public Optional<String> getPassword() {
            return Optional.ofNullable(password);
        }

        public void setPassword(@Nullable String password) {
            this.password = password;
        }
    }
}
