package news.cms.pictures.render;

import news.cms.pictures.Crop;
import news.cms.pictures.FocalPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Which renditions a picture gets, in displayed pixels. Whole-picture widths follow WordPress's
 * responsive sizes, and like WordPress's big-image threshold the largest whole picture fits in
 * 2560 x 2560 (a tall portrait's largest is 2560 high, not 2560 wide): the standard widths below
 * that fit, and the fit itself (the picture's own size when it is smaller);
 * 16:9 and 4:3 crops come at 320, 640, 1280 and 1920 where the picture allows (320 is a listing's
 * thumbnail: ten of them keep a section front's pictures small), squares at 160, 320, 640 and 1280
 * (a square is a byline's photo, a card or a social preview, never across a wide screen, and a
 * 1920 px one would cost as much as the largest whole picture); a crop box no wider than the
 * largest of its widths also gives one at its own size, so a small picture keeps its best crop and
 * one between 1200 and 1280 still has one big enough for og:image (at least 1200). Nothing is ever
 * enlarged.
 */
record Plan(List<Target> targets) {

    static final int[] WHOLE_WIDTHS = {320, 640, 960, 1280, 1600, 2048, 2560};
    static final int CAP = 2560;
    static final int[] CROP_WIDTHS = {320, 640, 1280, 1920};
    static final int[] SQUARE_WIDTHS = {160, 320, 640, 1280};

    /**
     * One rendition to draw: the region of the displayed picture it shows (all of it, or a crop
     * box), and its size.
     */
    record Target(Crop crop, double x, double y, double regionWidth, double regionHeight, int width, int height) {
    }

    static Plan of(int width, int height, FocalPoint focus) {
        List<Target> targets = new ArrayList<>();
        for (int w : wholeWidths(width, height)) {
            int h = Math.max(1, (int) Math.round(w * (double) height / width));
            targets.add(new Target(null, 0, 0, width, height, w, h));
        }
        for (Crop crop : Crop.values()) {
            double boxWidth = Math.min(width, height * crop.ratio());
            double boxHeight = boxWidth / crop.ratio();
            double x = clamp(focus.x() * width - boxWidth / 2, width - boxWidth);
            double y = clamp(focus.y() * height - boxHeight / 2, height - boxHeight);
            for (int w : cropWidths(crop, (int) Math.floor(boxWidth + 1e-9))) {
                targets.add(new Target(crop, x, y, boxWidth, boxHeight, w, crop.heightAt(w)));
            }
        }
        return new Plan(List.copyOf(targets));
    }

    static List<Integer> wholeWidths(int width, int height) {
        int longest = Math.max(width, height);
        int fit = longest <= CAP ? width : Math.max(1, (int) Math.floor(width * (double) CAP / longest));
        List<Integer> widths = new ArrayList<>();
        for (int w : WHOLE_WIDTHS) {
            if (w < fit) {
                widths.add(w);
            }
        }
        widths.add(fit);
        return widths;
    }

    static List<Integer> cropWidths(Crop crop, int boxWidth) {
        int[] standard = crop == Crop.SQUARE ? SQUARE_WIDTHS : CROP_WIDTHS;
        List<Integer> widths = new ArrayList<>();
        for (int w : standard) {
            if (w < boxWidth) {
                widths.add(w);
            }
        }
        if (boxWidth <= standard[standard.length - 1]) {
            widths.add(boxWidth);
        }
        return widths;
    }

    /** Whole pictures from the largest down, then the crops from the largest down: the order in which each can be drawn from the one before. */
    List<Target> largestFirst() {
        return targets.stream()
                .sorted(java.util.Comparator.comparing((Target t) -> t.crop() != null).thenComparing(t -> -t.width()))
                .toList();
    }

    /** The largest source width any target needs per displayed pixel: decoding more than that is waste. */
    double detailNeeded() {
        double most = 0;
        for (Target t : targets) {
            most = Math.max(most, t.width / t.regionWidth);
        }
        return most;
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(v, max));
    }
}
