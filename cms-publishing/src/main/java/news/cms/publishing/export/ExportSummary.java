package news.cms.publishing.export;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What an export did.
 *
 * @param mode       {@code full}, {@code incremental}, or why an incremental export became a full one
 * @param generation the directory that {@code out} now links to
 */
public record ExportSummary(String mode, long stories, long pages, long files, long unchanged, long deleted,
                            long bytes, Duration took, Path generation) {
}
