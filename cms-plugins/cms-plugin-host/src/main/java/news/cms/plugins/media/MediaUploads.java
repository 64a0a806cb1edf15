package news.cms.plugins.media;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import news.cms.core.account.Actor;
import news.cms.core.error.InvalidInputException;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.media.NewMedia;
import news.cms.core.media.PictureEngine;
import news.cms.plugin.api.media.MediaInput;
import news.cms.plugin.api.media.MediaProcessor;
import news.cms.plugin.api.media.MediaResult;
import news.cms.plugins.runtime.PluginCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes an upload into the media library. A picture (JPEG, PNG, GIF or WebP, by its bytes) is read by
 * the server's own {@link PictureEngine}: refused when damaged or larger than the server decodes,
 * else its renditions are drawn from its pixels and are its public files; no plugin is needed. A file
 * that says it is a picture (by name or declared type) and is none is refused. The enabled
 * {@link MediaProcessor}s look at every upload
 * (each through the plugin guard, at most {@link MediaSettings#getProcessTimeout()}), then it is
 * stored with what they found. One processor's refusal refuses the file (400 with its reason).
 * The public copy is a processor's cleaned copy; failing that the original, but only when a
 * processor checked the file and none warned: a file nobody checked, or whose metadata could
 * expose a source, is kept for the newsroom and not published.
 */
@Singleton
public class MediaUploads {

    private static final Logger LOG = LoggerFactory.getLogger(MediaUploads.class);
    static final String NO_PROCESSOR = "no media processor is enabled: the file's real type, text and metadata "
            + "were not checked, and it is not published (an admin can enable the media plugin)";
    static final String NO_ANSWER = "no media processor answered in time: the file's real type, text and "
            + "metadata were not checked, and it is not published";
    private static final String UNKNOWN_TYPE = "application/octet-stream";

    /** What an uploader may call a picture: the formats the server reads. */
    private static final Set<String> PICTURE_TYPES = Set.of("image/jpeg", "image/pjpeg", "image/png", "image/gif",
            "image/webp");
    private static final Set<String> PICTURE_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "png", "gif", "webp");

    private final PluginCalls plugins;
    private final PictureEngine pictures;
    private final MediaSettings settings;
    private final MediaLibrary library;

    MediaUploads(PluginCalls plugins, PictureEngine pictures, MediaSettings settings, MediaLibrary library) {
        this.plugins = plugins;
        this.pictures = pictures;
        this.settings = settings;
        this.library = library;
    }

    /**
     * Takes in a file as it arrives from an upload form or the API: at most {@link MediaSettings#getMaxSize()}
     * bytes are read, a larger file is refused (400) before any processor sees it.
     *
     * @param filename     the name the uploader's browser sent, perhaps with a directory part
     * @param declaredType the Content-Type the uploader sent, or null
     * @param size         the size the upload announced, so that a file known to be too large is not read
     * @throws InvalidInputException naming the field {@code file}: too large, empty or refused by a processor
     */
    public MediaItem upload(Actor uploader, @Nullable String filename, @Nullable String declaredType, long size,
                            InputStream content) {
        if (size > settings.getMaxSize()) {
            throw tooLarge();
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) settings.getMaxSize() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
        if (bytes.length > settings.getMaxSize()) {
            throw tooLarge();
        }
        return upload(uploader, new Upload(Upload.cleanName(filename), declaredType, bytes));
    }

    private InvalidInputException tooLarge() {
        return new InvalidInputException("file", "is larger than the " + readable(settings.getMaxSize())
                + " a media file may have");
    }

    private MediaItem upload(Actor uploader, Upload upload) {
        if (upload.bytes().length == 0) {
            throw refuse(uploader, upload, "is empty");
        }
        Optional<PictureEngine.Facts> picture;
        try {
            picture = pictures.inspect(upload.bytes());
        } catch (InvalidInputException refused) {
            throw refuse(uploader, upload, refused.errors().isEmpty() ? refused.getMessage()
                    : refused.errors().get(0).message());
        }
        MediaInput input = new MediaInput(upload.bytes(), upload.filename(), upload.declaredType());
        List<PluginCalls.Answer<MediaResult>> answers = plugins.anyProvides(MediaProcessor.class)
                ? plugins.callEach(MediaProcessor.class, "process", settings.getProcessTimeout(),
                processor -> processor.process(input))
                : null;
        if (answers != null) {
            for (PluginCalls.Answer<MediaResult> answer : answers) {
                if (answer.value().isRefused()) {
                    LOG.info("Upload {} by {} refused by plugin {}: {}", upload.filename(), uploader.username(),
                            answer.pluginId(), answer.value().refusal());
                    throw refuse(uploader, upload, answer.value().refusal());
                }
            }
        }
        if (picture.isEmpty() && claimsToBeAPicture(upload)) { // a plugin that knows better has spoken above
            throw refuse(uploader, upload, "is not a picture the server can read (JPEG, PNG, GIF or WebP), whatever "
                    + "its name or declared type says");
        }
        if (picture.isPresent()) {
            List<PictureEngine.File> renditions = pictures.renditions(upload.bytes(), 0.5, 0.5);
            return library.store(uploader, asPicture(upload, picture.get(), renditions,
                    answers == null ? List.of() : answers));
        }
        if (answers == null || answers.isEmpty()) {
            String type = upload.declaredType() == null ? UNKNOWN_TYPE : upload.declaredType();
            return library.store(uploader, new NewMedia(upload.filename(), type, upload.declaredType(),
                    upload.bytes(), Map.of(), null, List.of(answers == null ? NO_PROCESSOR : NO_ANSWER), null,
                    null, List.of()));
        }
        return library.store(uploader, combine(upload, answers));
    }

    /**
     * A picture as the engine read it, with what the processors found beside: their text, metadata and
     * warnings are added, their public copies are not needed (readers get the renditions).
     */
    private static NewMedia asPicture(Upload upload, PictureEngine.Facts picture, List<PictureEngine.File> renditions,
                                      List<PluginCalls.Answer<MediaResult>> answers) {
        Set<String> warnings = new LinkedHashSet<>(picture.warnings());
        Map<String, String> metadata = new LinkedHashMap<>();
        String text = null;
        for (PluginCalls.Answer<MediaResult> answer : answers) {
            answer.value().metadata().forEach(metadata::putIfAbsent);
            warnings.addAll(answer.value().warnings().stream()
                    .filter(w -> !w.startsWith("no public copy")).toList());
            text = text == null ? answer.value().text() : text;
        }
        return new NewMedia(upload.filename(), picture.mediaType(), upload.declaredType(), upload.bytes(), metadata,
                text, List.copyOf(warnings), null, picture, renditions);
    }

    private static boolean claimsToBeAPicture(Upload upload) {
        String declared = upload.declaredType() == null ? "" : upload.declaredType().toLowerCase(Locale.ROOT);
        int dot = upload.filename().lastIndexOf('.');
        String extension = dot < 0 ? "" : upload.filename().substring(dot + 1).toLowerCase(Locale.ROOT);
        return PICTURE_TYPES.contains(declared.split(";")[0].strip()) || PICTURE_EXTENSIONS.contains(extension);
    }

    /** The first answer decides the type; texts, metadata, warnings and copies are taken in plugin order. */
    private static NewMedia combine(Upload upload, List<PluginCalls.Answer<MediaResult>> answers) {
        String type = null;
        String text = null;
        byte[] publicCopy = null;
        Map<String, String> metadata = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (PluginCalls.Answer<MediaResult> answer : answers) {
            MediaResult result = answer.value();
            type = type == null ? result.detectedType() : type;
            text = text == null ? result.text() : text;
            publicCopy = publicCopy == null ? result.publicCopy() : publicCopy;
            result.metadata().forEach(metadata::putIfAbsent);
            warnings.addAll(result.warnings());
        }
        if (publicCopy == null && warnings.isEmpty()) {
            publicCopy = upload.bytes();
        }
        return new NewMedia(upload.filename(), type == null ? UNKNOWN_TYPE : type, upload.declaredType(),
                upload.bytes(), metadata, text, warnings, publicCopy, null, List.of());
    }

    private static String readable(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " kB";
    }

    private InvalidInputException refuse(Actor uploader, Upload upload, String reason) {
        library.recordRefusal(uploader, upload.filename(), reason);
        return new InvalidInputException("file", reason);
    }
}
