package news.cms.pictures.render;

import news.cms.pictures.Crop;
import news.cms.pictures.FocalPoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sizes and crops a picture gets, before any pixel is drawn. */
class PlanTest {

    @Test
    void wholeWidthsRunFrom320ToTheFitInside2560WithoutEnlarging() {
        assertEquals(List.of(320, 640, 960, 1280, 1600, 2048, 2560), Plan.wholeWidths(4000, 2667));
        assertEquals(List.of(320, 640, 960, 1280, 1600), Plan.wholeWidths(1600, 900));
        assertEquals(List.of(320, 400), Plan.wholeWidths(400, 300));
        assertEquals(List.of(200), Plan.wholeWidths(200, 150));
        // a tall portrait fits 2560 high, as WordPress's big-image threshold does
        assertEquals(List.of(320, 640, 960, 1280, 1600, 1706), Plan.wholeWidths(4000, 6000));
    }

    @Test
    void cropsComeAtSensibleWidthsAndOneIsBigEnoughForOgImage() {
        assertEquals(List.of(320, 640, 1280, 1920), Plan.cropWidths(Crop.WIDE, 4000));
        assertEquals(List.of(160, 320, 640, 1280), Plan.cropWidths(Crop.SQUARE, 2667));
        assertEquals(List.of(320, 640, 1250), Plan.cropWidths(Crop.CLASSIC, 1250));
        assertEquals(List.of(320, 640, 1100), Plan.cropWidths(Crop.WIDE, 1100));
        assertEquals(List.of(160, 300), Plan.cropWidths(Crop.SQUARE, 300));
    }

    @Test
    void everyCropBoxHasItsShapeLiesInsideThePictureAndContainsTheFocalPoint() {
        int width = 4000;
        int height = 2667;
        for (double fx = 0; fx <= 1; fx += 0.25) {
            for (double fy = 0; fy <= 1; fy += 0.25) {
                FocalPoint focus = new FocalPoint(fx, fy);
                for (Plan.Target t : Plan.of(width, height, focus).targets()) {
                    assertTrue(t.x() >= 0 && t.y() >= 0 && t.x() + t.regionWidth() <= width + 1e-6
                            && t.y() + t.regionHeight() <= height + 1e-6, t.toString());
                    assertTrue(t.width() <= t.regionWidth() + 1e-6 && t.width() <= width && t.height() <= height, t.toString());
                    if (t.crop() != null) {
                        assertEquals(t.crop().ratio(), t.regionWidth() / t.regionHeight(), 1e-9, t.toString());
                        assertTrue(fx * width >= t.x() && fx * width <= t.x() + t.regionWidth()
                                && fy * height >= t.y() && fy * height <= t.y() + t.regionHeight(), focus + " outside " + t);
                    }
                }
            }
        }
    }

    @Test
    void aLargePhotoIsDecodedAtHalfItsSizeWhenItsRenditionsNeedNoMore() {
        // 24 megapixels: the 2560 px whole picture and the 1920 px crops need about half of each side
        Plan plan = Plan.of(6000, 4000, FocalPoint.CENTRE);
        assertEquals(2, (int) Math.floor(1.01 / plan.detailNeeded()));
        assertEquals(1, (int) Math.floor(1.01 / Plan.of(4000, 2667, FocalPoint.CENTRE).detailNeeded()));
    }
}
