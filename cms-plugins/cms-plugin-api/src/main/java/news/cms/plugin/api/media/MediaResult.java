package news.cms.plugin.api.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link MediaProcessor} found in a file. Built with {@link #of(String)} and the
 * {@code with…} methods, or {@link #refused} for a file the newsroom must not take.
 *
 * @param detectedType the media type the bytes show, e.g. {@code image/jpeg}
 * @param text         text extracted for search and the desk, or null
 * @param metadata     what the file says about itself: author, creation tool, dates, camera, place…
 * @param warnings     what the newsroom should know before publishing it, e.g. that it carries GPS coordinates
 * @param publicCopy   the bytes to publish instead of the original (metadata stripped), or null when
 *                     the original may be published as it is
 * @param refusal      why the file is refused (an executable named {@code photo.jpg}), or null
 */
public record MediaResult(String detectedType, String text, Map<String, String> metadata, List<String> warnings,
                          byte[] publicCopy, String refusal) {

    public MediaResult {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static MediaResult of(String detectedType) {
        return new MediaResult(detectedType, null, Map.of(), List.of(), null, null);
    }

    public static MediaResult refused(String detectedType, String reason) {
        return new MediaResult(detectedType, null, Map.of(), List.of(), null, reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public MediaResult withText(String extracted) {
        return new MediaResult(detectedType, extracted, metadata, warnings, publicCopy, refusal);
    }

    public MediaResult withMetadata(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(metadata);
        more.put(key, value);
        return new MediaResult(detectedType, text, more, warnings, publicCopy, refusal);
    }

    public MediaResult withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new MediaResult(detectedType, text, metadata, more, publicCopy, refusal);
    }

    public MediaResult withPublicCopy(byte[] cleaned) {
        return new MediaResult(detectedType, text, metadata, warnings, cleaned, refusal);
    }
}
