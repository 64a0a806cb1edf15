package news.cms.pictures;

/**
 * One public file drawn from a picture's decoded pixels: no metadata of the upload is in it.
 *
 * @param width    its width in pixels
 * @param height   its height in pixels
 * @param format   JPEG (PNG for a picture with transparent pixels), WebP, or GIF for the cleaned
 *                 copy of an animation
 * @param crop     the shape it was cut to, or null for the whole picture
 * @param animated true only for the cleaned copy of an animated GIF
 * @param bytes    the file; the engine keeps no reference to it. A crop whose box is the whole
 *                 picture (the 4:3 crop of a 4:3 photo) shares the whole picture's array and digest:
 *                 it is the same file
 * @param digest   the first 16 hex digits of the SHA-256 of {@code bytes}: put it into the file's
 *                 address, and the address changes exactly when the bytes do
 */
public record Rendition(int width, int height, PictureFormat format, Crop crop, boolean animated,
                        byte[] bytes, String digest) {

    public String mediaType() {
        return format.mediaType();
    }

    /** "16:9", "4:3", "1:1", or null for the whole picture. */
    public String cropLabel() {
        return crop == null ? null : crop.label();
    }

    /** A file name that never changes for these bytes, e.g. {@code 1280x853-3f2a9c0d4e5b6a71.webp}. */
    public String fileName() {
        String shape = crop == null ? "" : "-" + crop.label().replace(':', 'x');
        return width + "x" + height + shape + "-" + digest + "." + format.extension();
    }

    @Override
    public String toString() {
        return "Rendition[" + width + "x" + height + " " + format + (crop == null ? "" : " " + crop.label())
                + (animated ? " animated" : "") + ", " + bytes.length + " bytes, " + digest + "]";
    }
}
