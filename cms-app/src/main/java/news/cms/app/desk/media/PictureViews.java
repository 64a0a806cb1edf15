package news.cms.app.desk.media;

import io.micronaut.core.annotation.Nullable;
import news.cms.core.media.MediaItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the desk shows a picture: a thumbnail, a preview, the three crops as the site cuts them, and
 * the focal point as nine cells to choose from, so it can be set in any browser, without JavaScript.
 * Shared by the media library and the story editor's lead image.
 */
public final class PictureViews {

    /** The three crops, with what each is for on our site and beyond. */
    private static final List<String[]> CROPS = List.of(
            new String[]{"16:9", "16:9: listings and social previews"},
            new String[]{"4:3", "4:3: search results"},
            new String[]{"1:1", "1:1: squares (search results, author photos)"});
    private static final String[] ROWS = {"Top", "Middle", "Bottom"};
    private static final String[] COLUMNS = {"left", "centre", "right"};
    /** The centres of the cells: a third of the picture each way. */
    private static final double[] CENTRES = {1 / 6.0, 1 / 2.0, 5 / 6.0};
    private static final int THUMB_WIDTH = 160;
    private static final int CROP_WIDTH = 320;
    private static final int PREVIEW_WIDTH = 640;

    private PictureViews() {
    }

    /** A file to show at a size: its address and its width and height in pixels. */
    public record Shown(String src, int width, int height) {
    }

    /** One crop as the site cuts it, and what it is for. */
    public record CropView(String label, Shown shown) {
    }

    /**
     * One of the nine focal-point cells.
     *
     * @param value   what the form sends: {@code x,y}, fractions of the width and height
     * @param label   where it is, in words: "Top left"
     * @param checked the picture's focal point is in this cell
     */
    public record FocalCell(String value, String label, boolean checked) {
    }

    /** The smallest whole rendition at least a thumbnail wide (the largest when none is), for lists. */
    public static Optional<Shown> thumbnail(MediaItem picture) {
        return near(picture, null, THUMB_WIDTH);
    }

    /** The 1:1 crop as a byline's photo: the smallest at least a thumbnail wide. */
    public static Optional<Shown> square(MediaItem picture) {
        return near(picture, "1:1", THUMB_WIDTH);
    }

    /** The whole picture, about a column wide. */
    public static Optional<Shown> preview(MediaItem picture) {
        return near(picture, null, PREVIEW_WIDTH);
    }

    /** The 16:9, 4:3 and 1:1 crops, each about 320 px wide. */
    public static List<CropView> crops(MediaItem picture) {
        List<CropView> crops = new ArrayList<>();
        for (String[] crop : CROPS) {
            near(picture, crop[0], CROP_WIDTH).ifPresent(shown -> crops.add(new CropView(crop[1], shown)));
        }
        return crops;
    }

    /** The nine cells, the one holding the picture's focal point checked. */
    public static List<FocalCell> focalCells(MediaItem.FocalPoint focus) {
        String current = cellOf(focus);
        List<FocalCell> cells = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                String value = value(CENTRES[column], CENTRES[row]);
                String label = row == 1 && column == 1 ? "Centre" : ROWS[row] + " " + COLUMNS[column];
                cells.add(new FocalCell(value, label, value.equals(current)));
            }
        }
        return cells;
    }

    /**
     * The focal point a form chose, or null when it chose the cell the picture's focal point is
     * already in (so a save that did not touch the cells never moves a focal point set finer, through
     * the API) or sent nothing readable.
     */
    public static @Nullable MediaItem.FocalPoint chosenFocus(@Nullable String cell, MediaItem.FocalPoint current) {
        if (cell == null || cell.equals(cellOf(current))) {
            return null;
        }
        for (double y : CENTRES) {
            for (double x : CENTRES) {
                if (value(x, y).equals(cell)) {
                    return new MediaItem.FocalPoint(x, y);
                }
            }
        }
        return null;
    }

    private static String cellOf(MediaItem.FocalPoint focus) {
        return value(CENTRES[third(focus.x())], CENTRES[third(focus.y())]);
    }

    private static int third(double fraction) {
        return Math.max(0, Math.min(2, (int) Math.floor(fraction * 3)));
    }

    private static String value(double x, double y) {
        return String.format(Locale.ROOT, "%.3f,%.3f", x, y);
    }

    /** Of one crop (null: the whole picture), the JPEG or PNG at least {@code width} wide, else the widest. */
    private static Optional<Shown> near(MediaItem picture, @Nullable String crop, int width) {
        List<MediaItem.Rendition> files = picture.renditions().stream()
                .filter(r -> crop == null ? r.crop() == null : crop.equals(r.crop()))
                .filter(r -> !r.type().equals("image/webp"))
                .sorted(Comparator.comparingInt(MediaItem.Rendition::width)).toList();
        return files.stream().filter(r -> r.width() >= width).findFirst()
                .or(() -> files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1)))
                .map(r -> new Shown(r.url(), r.width(), r.height()));
    }
}
