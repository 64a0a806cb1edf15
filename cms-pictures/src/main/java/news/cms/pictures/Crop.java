package news.cms.pictures;

/** The shapes every picture is also cut to, for places that need a fixed shape (cards, og:image, JSON-LD). */
public enum Crop {
    WIDE("16:9", 16, 9),
    CLASSIC("4:3", 4, 3),
    SQUARE("1:1", 1, 1);

    private final String label;
    private final int across;
    private final int down;

    Crop(String label, int across, int down) {
        this.label = label;
        this.across = across;
        this.down = down;
    }

    /** "16:9", "4:3" or "1:1": what the API and the pages call it. */
    public String label() {
        return label;
    }

    /** Width over height. */
    public double ratio() {
        return across / (double) down;
    }

    /** The height of this shape at a width, rounded to whole pixels. */
    public int heightAt(int width) {
        return Math.max(1, (int) Math.round(width * down / (double) across));
    }
}
