package news.cms.pictures;

/**
 * Something in an upload's metadata that could reveal who took it or where: the newsroom is told,
 * and none of it ever reaches a public file (those are drawn from pixels alone).
 *
 * @param kind    what sort of thing was found
 * @param where   the block it was found in: "EXIF", "XMP", "IPTC" or "PNG text"
 * @param message a sentence for the desk, naming what was found but never repeating its value
 */
public record SourceWarning(Kind kind, String where, String message) {

    /** The sorts of revealing metadata the engine looks for. */
    public enum Kind {
        /** A GPS position: where the picture was taken. */
        LOCATION,
        /** A camera or lens serial number: ties the picture to one device, and so to its owner. */
        SERIAL_NUMBER,
        /** A person's name: artist, author, by-line, owner, copyright holder, creator. */
        NAME
    }
}
