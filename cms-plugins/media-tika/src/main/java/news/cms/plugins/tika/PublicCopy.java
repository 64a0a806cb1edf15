package news.cms.plugins.tika;

/**
 * What a cleaner made of an image: the bytes that may be published, or why none may (a colour
 * profile it cannot vouch for, say), for the uploader to read and act on.
 */
record PublicCopy(byte[] bytes, String withheld) {

    static PublicCopy of(byte[] bytes) {
        return new PublicCopy(bytes, null);
    }

    static PublicCopy withheld(String why) {
        return new PublicCopy(null, why);
    }
}
