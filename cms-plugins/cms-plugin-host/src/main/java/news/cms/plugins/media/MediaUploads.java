package news.cms.plugins.media;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import news.cms.core.account.Actor;
import news.cms.core.error.InvalidInputException;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.media.NewMedia;
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
import java.util.List;
import java.util.Map;

/**
 * Takes an upload into the media library: the enabled {@link MediaProcessor}s look at it first
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

    private final PluginCalls plugins;
    private final MediaSettings settings;
    private final MediaLibrary library;

    MediaUploads(PluginCalls plugins, MediaSettings settings, MediaLibrary library) {
        this.plugins = plugins;
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
        MediaInput input = new MediaInput(upload.bytes(), upload.filename(), upload.declaredType());
        List<PluginCalls.Answer<MediaResult>> answers = plugins.anyProvides(MediaProcessor.class)
                ? plugins.callEach(MediaProcessor.class, "process", settings.getProcessTimeout(),
                processor -> processor.process(input))
                : null;
        if (answers == null || answers.isEmpty()) {
            String type = upload.declaredType() == null ? UNKNOWN_TYPE : upload.declaredType();
            return library.store(uploader, new NewMedia(upload.filename(), type, upload.declaredType(),
                    upload.bytes(), Map.of(), null, List.of(answers == null ? NO_PROCESSOR : NO_ANSWER), null));
        }
        for (PluginCalls.Answer<MediaResult> answer : answers) {
            if (answer.value().isRefused()) {
                LOG.info("Upload {} by {} refused by plugin {}: {}", upload.filename(), uploader.username(),
                        answer.pluginId(), answer.value().refusal());
                throw refuse(uploader, upload, answer.value().refusal());
            }
        }
        return library.store(uploader, combine(upload, answers));
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
                upload.bytes(), metadata, text, warnings, publicCopy);
    }

    private static String readable(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " kB";
    }

    private InvalidInputException refuse(Actor uploader, Upload upload, String reason) {
        library.recordRefusal(uploader, upload.filename(), reason);
        return new InvalidInputException("file", reason);
    }
}
