package news.cms.core.media;

import io.micronaut.context.event.ApplicationEventPublisher;
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
import news.cms.core.error.ConflictException;
import news.cms.core.error.FieldError;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;
import news.cms.core.time.UtcTime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The newsroom's uploaded files: a row per upload with what the media processors found, the bytes
 * in {@link MediaFiles}; a picture also has its description (alt text, caption, credit), its focal
 * point and a row per rendition. Every upload, refused upload, edit and deletion is in the audit trail.
 */
@Singleton
public class MediaLibrary {

    private static final Argument<Map<String, String>> METADATA = Argument.mapOf(String.class, String.class);
    private static final Argument<List<String>> WARNINGS = Argument.listOf(String.class);

    /** Where readers get a picture's renditions: {@code /pictures/{id}/{file name}}. */
    public static final String RENDITIONS_PATH = "/pictures/";

    private final MediaRepository rows;
    private final RenditionRepository renditions;
    private final List<MediaUsage> usages;
    private final MediaFiles files;
    private final ApplicationEventPublisher<MediaFilesReleased> released;
    private final ApplicationEventPublisher<MediaChanged> changed;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    MediaLibrary(MediaRepository rows, RenditionRepository renditions, List<MediaUsage> usages, MediaFiles files,
                 ApplicationEventPublisher<MediaFilesReleased> released, ApplicationEventPublisher<MediaChanged> changed,
                 AuditLog audit, JsonMapper json, Clock clock) {
        this.released = released;
        this.changed = changed;
        this.rows = rows;
        this.renditions = renditions;
        this.usages = usages;
        this.files = files;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the upload: its row, its original and its public copy (when it has one), and an audit line. */
    @Transactional
    public MediaItem store(Actor uploader, NewMedia upload) {
        PictureEngine.Facts picture = upload.picture();
        MediaRow row = rows.save(new MediaRow(null, upload.filename(), upload.mimeType(), upload.declaredType(),
                upload.original().length, sha256(upload.original()), write(upload.metadata()),
                write(upload.warnings()), upload.text(), upload.publicCopy() != null, uploader.userId(),
                UtcTime.toRow(UtcTime.now(clock)), picture == null ? null : picture.width(),
                picture == null ? null : picture.height(), null, null, null, 0.5, 0.5));
        try {
            files.writeOriginal(row.id(), upload.original());
            if (upload.publicCopy() != null) {
                files.writePublic(row.id(), upload.publicCopy());
            }
            keepRenditions(row.id(), upload.renditions());
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

    /** The pictures and files whose name, caption or alt text holds {@code query} (all when blank), newest first. */
    @ReadOnly
    public ResultPage<MediaItem> search(@Nullable String query, PageRequest request) {
        String pattern = query == null || query.isBlank() ? "%"
                : "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<MediaRow> found = rows.search(pattern, request.size(), request.offset());
        Map<Long, List<RenditionRow>> byMedia = found.isEmpty() ? Map.of()
                : renditions.findByMediaIdInOrderById(found.stream().map(MediaRow::id).toList()).stream()
                .collect(Collectors.groupingBy(RenditionRow::mediaId));
        List<MediaItem> items = found.stream().map(row -> toItem(row, byMedia.getOrDefault(row.id(), List.of()))).toList();
        return new ResultPage<>(items, request.page(), request.size(), rows.countMatching(pattern));
    }

    /** The pictures among these ids, by id (ids of other files, or of none, are left out). */
    @ReadOnly
    public Map<Long, MediaItem> pictures(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<MediaRow> found = rows.findByIdIn(ids).stream().filter(row -> row.width() != null).toList();
        Map<Long, List<RenditionRow>> byMedia = found.isEmpty() ? Map.of()
                : renditions.findByMediaIdInOrderById(found.stream().map(MediaRow::id).toList()).stream()
                .collect(Collectors.groupingBy(RenditionRow::mediaId));
        return found.stream().collect(Collectors.toMap(MediaRow::id,
                row -> toItem(row, byMedia.getOrDefault(row.id(), List.of()))));
    }

    /** The bytes as uploaded, for making a picture's renditions again. */
    public byte[] original(long id) {
        get(id);
        return files.readOriginal(id);
    }

    /**
     * Edits a picture's description and focal point. With a new focal point, {@code newRenditions}
     * are its files cut around it (made by the caller, outside the transaction, from {@link #original}):
     * they replace the old ones, and files no rendition names any more are removed after the change.
     */
    @Transactional
    public MediaItem update(Actor editor, long id, MediaChanges changes, @Nullable List<PictureEngine.File> newRenditions) {
        MediaRow row = rows.findForUpdate(id).orElseThrow(() -> new NotFoundException("No media has the id " + id));
        if (row.width() == null && (changes.focalPoint() != null || newRenditions != null)) {
            throw new InvalidInputException("focalPoint", "only a picture has a focal point; " + row.filename() + " is "
                    + row.mimeType());
        }
        MediaItem.FocalPoint focus = changes.focalPoint();
        if (focus != null && !(focus.x() >= 0 && focus.x() <= 1 && focus.y() >= 0 && focus.y() <= 1)) {
            throw new InvalidInputException("focalPoint", "must be two fractions x and y from 0 to 1");
        }
        MediaRow edited = new MediaRow(row.id(), row.filename(), row.mimeType(), row.declaredType(), row.byteSize(),
                row.sha256(), row.metadataJson(), row.warningsJson(), row.extractedText(), row.publicCopy(),
                row.uploadedBy(), row.uploadedAt(), row.width(), row.height(),
                text(changes.alt(), row.alt(), "alt", 1000), text(changes.caption(), row.caption(), "caption", 2000),
                text(changes.credit(), row.credit(), "credit", 500),
                focus == null ? row.focalX() : focus.x(), focus == null ? row.focalY() : focus.y());
        rows.update(edited);
        rows.markEdited(id, UtcTime.toRow(UtcTime.now(clock)));
        if (newRenditions != null) {
            renditions.deleteByMediaId(id);
            keepRenditions(id, newRenditions);
            Set<String> kept = newRenditions.stream().map(PictureEngine.File::fileName).collect(Collectors.toSet());
            released.publishEvent(new MediaFilesReleased(id, kept));
        }
        audit.record(AuditEntry.of(editor, "media.edit", "media", id, row.filename() + ": " + describe(changes)));
        changed.publishEvent(new MediaChanged(id));
        return toItem(edited);
    }

    /**
     * Deletes an upload with its files, unless something shows it.
     *
     * @throws ConflictException naming the stories and authors that use it
     */
    @Transactional
    public void delete(Actor editor, long id) {
        MediaRow row = rows.findForUpdate(id).orElseThrow(() -> new NotFoundException("No media has the id " + id));
        List<String> uses = usesOf(id);
        if (!uses.isEmpty()) {
            throw new ConflictException(row.filename() + " is in use and was kept: " + String.join("; ", uses),
                    List.of(new FieldError("id", "in use by " + String.join("; ", uses))));
        }
        rows.deleteById(id);
        audit.record(AuditEntry.of(editor, "media.delete", "media", id, row.filename()));
        released.publishEvent(new MediaFilesReleased(id, null));
        changed.publishEvent(new MediaChanged(id));
    }

    /** The pictures whose description or focal point changed at {@code since} or later. */
    @ReadOnly
    public List<Long> editedSince(Instant since) {
        return rows.editedSince(UtcTime.toRow(since));
    }

    /** What shows the upload, in words an editor recognises ("the lead image of story 12, …"); empty when nothing. */
    @ReadOnly
    public List<String> usesOf(long id) {
        return usages.stream().flatMap(usage -> usage.usesOf(id).stream()).toList();
    }

    /**
     * Where the picture's rendition files are kept, by the address readers get each at (for the
     * static export, which links them into the site it writes).
     */
    public Map<String, Path> renditionFiles(MediaItem picture) {
        String prefix = RENDITIONS_PATH + picture.id() + "/";
        return picture.renditions().stream().collect(Collectors.toMap(MediaItem.Rendition::url,
                r -> files.rendition(picture.id(), r.url().substring(prefix.length())), (a, b) -> a));
    }

    /** A rendition's file, when the picture has a rendition of that name. */
    @ReadOnly
    public Optional<PublicMedia> rendition(long id, String fileName) {
        return renditions.findByMediaIdAndFileName(id, fileName)
                .map(r -> new PublicMedia(files.rendition(id, fileName), fileName, r.mediaType()));
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

    /**
     * The public copy of the upload, when it has one and is asked for by its own name. A picture's is
     * its largest whole JPEG or PNG rendition, drawn from its pixels like every file readers get of it.
     */
    @ReadOnly
    public Optional<PublicMedia> publicCopy(long id, String filename) {
        return rows.findById(id)
                .filter(row -> row.filename().equals(filename))
                .flatMap(row -> row.publicCopy()
                        ? Optional.of(new PublicMedia(files.publicCopy(id), row.filename(), row.mimeType()))
                        : largestRendition(row));
    }

    private Optional<PublicMedia> largestRendition(MediaRow row) {
        if (row.width() == null) {
            return Optional.empty();
        }
        return renditions.findByMediaIdOrderById(row.id()).stream()
                .filter(r -> r.crop() == null && !r.mediaType().equals("image/webp"))
                .max(Comparator.comparingInt(RenditionRow::width))
                .map(r -> new PublicMedia(files.rendition(row.id(), r.fileName()), row.filename(), r.mediaType()));
    }

    private void keepRenditions(long id, List<PictureEngine.File> made) {
        for (PictureEngine.File file : made) {
            files.writeRendition(id, file.fileName(), file.bytes());
            renditions.save(new RenditionRow(null, id, file.fileName(), file.width(), file.height(), file.mediaType(),
                    file.crop(), file.bytes().length));
        }
    }

    private MediaItem toItem(MediaRow row) {
        return toItem(row, row.width() == null ? List.of() : renditions.findByMediaIdOrderById(row.id()));
    }

    private MediaItem toItem(MediaRow row, List<RenditionRow> files) {
        List<MediaItem.Rendition> public_ = files.stream()
                .map(r -> new MediaItem.Rendition(r.width(), r.height(), r.mediaType(), r.crop(),
                        RENDITIONS_PATH + row.id() + "/" + r.fileName()))
                .toList();
        String publicUrl = row.publicCopy() ? "/media/" + row.id() + "/"
                + URLEncoder.encode(row.filename(), StandardCharsets.UTF_8).replace("+", "%20")
                : public_.stream().filter(r -> r.crop() == null && !r.type().equals("image/webp"))
                .max(Comparator.comparingInt(MediaItem.Rendition::width)).map(MediaItem.Rendition::url).orElse(null);
        return new MediaItem(row.id(), row.filename(), row.mimeType(), row.byteSize(),
                read(row.metadataJson(), METADATA), row.extractedText(), read(row.warningsJson(), WARNINGS),
                publicUrl, UtcTime.fromRow(row.uploadedAt()), row.width(), row.height(), row.alt(), row.caption(),
                row.credit(), new MediaItem.FocalPoint(row.focalX(), row.focalY()), public_);
    }

    /** The new value of a text field: unchanged when not given, cleared when blank, else stripped and checked. */
    private static String text(@Nullable String given, @Nullable String current, String field, int max) {
        if (given == null) {
            return current;
        }
        String value = given.strip();
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    private static String describe(MediaChanges changes) {
        List<String> parts = new java.util.ArrayList<>();
        if (changes.alt() != null) {
            parts.add("alt");
        }
        if (changes.caption() != null) {
            parts.add("caption");
        }
        if (changes.credit() != null) {
            parts.add("credit");
        }
        if (changes.focalPoint() != null) {
            parts.add("focal point " + changes.focalPoint().x() + ", " + changes.focalPoint().y());
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
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
