package news.cms.plugin.api.media;

/**
 * Extension point: looks into an uploaded file (detects its real type, extracts text and metadata,
 * warns about what could expose a source, makes a cleaned public copy). Runs while the uploader
 * waits, under the time limit. A file that is malformed, hostile or not what its name says is the
 * file's fault, not the processor's: answer {@link MediaResult#refused} with the reason. An
 * exception or a timeout counts as the processor failing, and repeated failures disable its plugin.
 */
public interface MediaProcessor {

    MediaResult process(MediaInput input);
}
