package news.cms.plugin.api.media;

/**
 * An uploaded file as it arrived. Neither the name nor the declared type can be trusted: the
 * bytes decide what the file is.
 *
 * @param bytes        the file's content; do not modify it
 * @param filename     the name the uploader gave
 * @param declaredType the Content-Type the uploader sent, or null
 */
public record MediaInput(byte[] bytes, String filename, String declaredType) {

    public int size() {
        return bytes.length;
    }
}
