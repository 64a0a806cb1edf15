package news.cms.plugins.tika;

/** The file is broken or hostile: the upload is refused with this message, the plugin has not failed. */
final class MalformedFileException extends RuntimeException {

    MalformedFileException(String message) {
        super(message);
    }
}
