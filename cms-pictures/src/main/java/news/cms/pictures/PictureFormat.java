package news.cms.pictures;

/** The kinds of picture the engine reads, each judged from its bytes alone (never a name or a declared type). */
public enum PictureFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private final String mediaType;
    private final String extension;

    PictureFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name ending, without the dot. */
    public String extension() {
        return extension;
    }
}
