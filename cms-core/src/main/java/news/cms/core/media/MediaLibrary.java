package news.cms.core.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.error.NotFoundException;
import news.cms.core.time.UtcTime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The newsroom's uploaded files: a row per upload with what the media processors found, the bytes
 * in {@link MediaFiles}. Every upload, and every refused one, is in the audit trail.
 */
@Singleton
public class MediaLibrary {

    private static final Argument<Map<String, String>> METADATA = Argument.mapOf(String.class, String.class);
    private static final Argument<List<String>> WARNINGS = Argument.listOf(String.class);

    private final MediaRepository rows;
    private final MediaFiles files;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    MediaLibrary(MediaRepository rows, MediaFiles files, AuditLog audit, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.files = files;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the upload: its row, its original and its public copy (when it has one), and an audit line. */
    @Transactional
    public MediaItem store(Actor uploader, NewMedia upload) {
        MediaRow row = rows.save(new MediaRow(null, upload.filename(), upload.mimeType(), upload.declaredType(),
                upload.original().length, sha256(upload.original()), write(upload.metadata()),
                write(upload.warnings()), upload.text(), upload.publicCopy() != null, uploader.userId(),
                UtcTime.toRow(UtcTime.now(clock))));
        try {
            files.writeOriginal(row.id(), upload.original());
            if (upload.publicCopy() != null) {
                files.writePublic(row.id(), upload.publicCopy());
            }
            audit.record(AuditEntry.of(uploader, "media.upload", "media", row.id(), upload.filename() + " ("
                    + upload.mimeType() + ", " + upload.original().length + " bytes"
                    + (upload.warnings().isEmpty() ? "" : ", warnings: " + String.join("; ", upload.warnings()))
                    + (upload.publicCopy() == null ? ", not public" : "") + ")"));
        } catch (RuntimeException e) {
            files.delete(row.id());
            throw e;
        }
        return toItem(row);
    }

    /** An upload that was not kept, for the audit trail: who tried to bring in what. */
    @Transactional
    public void recordRefusal(Actor uploader, String filename, String reason) {
        audit.record(AuditEntry.of(uploader, "media.refuse", "media", "-", filename + ": " + reason));
    }

    @ReadOnly
    public MediaItem get(long id) {
        return rows.findById(id).map(this::toItem)
                .orElseThrow(() -> new NotFoundException("No media has the id " + id));
    }

    /**
     * The newest uploads, at most {@code count} of them, newest first; with {@code before}, the
     * newest of those uploaded before that one (the next page of the list).
     */
    @ReadOnly
    public List<MediaItem> newest(@Nullable Long before, int count) {
        return rows.findByIdLessThanOrderByIdDesc(before == null ? Long.MAX_VALUE : before, Pageable.from(0, count))
                .stream().map(this::toItem).toList();
    }

    /** The public copy of the upload, when it has one and is asked for by its own name. */
    @ReadOnly
    public Optional<PublicMedia> publicCopy(long id, String filename) {
        return rows.findById(id)
                .filter(row -> row.publicCopy() && row.filename().equals(filename))
                .map(row -> new PublicMedia(files.publicCopy(id), row.filename(), row.mimeType()));
    }

    private MediaItem toItem(MediaRow row) {
        String publicUrl = row.publicCopy() ? "/media/" + row.id() + "/"
                + URLEncoder.encode(row.filename(), StandardCharsets.UTF_8).replace("+", "%20") : null;
        return new MediaItem(row.id(), row.filename(), row.mimeType(), row.byteSize(),
                read(row.metadataJson(), METADATA), row.extractedText(), read(row.warningsJson(), WARNINGS),
                publicUrl, UtcTime.fromRow(row.uploadedAt()));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("media row holds unreadable JSON", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
