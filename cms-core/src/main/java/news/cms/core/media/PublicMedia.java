package news.cms.core.media;

import java.nio.file.Path;

/** The public copy of an upload, as readers get it. */
public record PublicMedia(Path file, String filename, String mimeType) {
}
