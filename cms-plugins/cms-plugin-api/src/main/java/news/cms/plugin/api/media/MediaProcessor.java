package news.cms.plugin.api.media;

import java.io.IOException;

/**
 * Extension point: looks into an uploaded file (detects its real type, extracts text and metadata,
 * warns about what could expose a source, makes a cleaned public copy). Runs while the uploader
 * waits, under the time limit; a processor that throws or is too slow is skipped.
 */
public interface MediaProcessor {

    /** @throws IOException when the file is malformed; the upload is then refused as such */
    MediaResult process(MediaInput input) throws IOException;
}
