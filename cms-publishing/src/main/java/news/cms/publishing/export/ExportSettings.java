package news.cms.publishing.export;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The static export's settings ({@code cms.export}). */
@ConfigurationProperties("cms.export")
public class ExportSettings {

    /** Where the admin API exports to ({@code CMS_EXPORT_DIR}); unset: {@code <data dir>/site}. */
    @Nullable
    private Path dir;
    /**
     * An incremental export also redoes the stories changed this long before the last export began:
     * a change whose transaction was still committing while that export read would otherwise be missed.
     */
    private Duration commitMargin = Duration.ofMinutes(1);

    public Optional<Path> getDir() {
        return Optional.ofNullable(dir);
    }

    public void setDir(@Nullable Path dir) {
        this.dir = dir;
    }

    public Duration getCommitMargin() {
        return commitMargin;
    }

    public void setCommitMargin(Duration commitMargin) {
        this.commitMargin = commitMargin;
    }
}
