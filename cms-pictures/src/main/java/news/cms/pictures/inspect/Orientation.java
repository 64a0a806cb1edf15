package news.cms.pictures.inspect;

/**
 * The EXIF orientation: how the stored pixels must be turned or mirrored to stand the picture up.
 * The engine applies it to the pixels of every public file, which then carry no tag at all.
 */
public enum Orientation {
    NORMAL(1), MIRRORED(2), UPSIDE_DOWN(3), UPSIDE_DOWN_MIRRORED(4),
    /** Stored on its side: mirrored along the main diagonal. */
    TRANSPOSED(5),
    /** Stored turned a quarter left: shown turned a quarter right (the usual portrait photo). */
    TURN_RIGHT(6),
    TRANSVERSED(7),
    TURN_LEFT(8);

    private final int tag;

    Orientation(int tag) {
        this.tag = tag;
    }

    /** The orientation of an EXIF tag's value; anything out of range counts as none. */
    public static Orientation of(int tag) {
        for (Orientation o : values()) {
            if (o.tag == tag) {
                return o;
            }
        }
        return NORMAL;
    }

    /** Whether width and height trade places when the picture is stood up. */
    public boolean swapsSides() {
        return tag >= 5;
    }

    public int tag() {
        return tag;
    }
}
