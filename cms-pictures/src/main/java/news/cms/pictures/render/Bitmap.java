package news.cms.pictures.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Upright sRGB pixels, one int each: 0xRRGGBB, or 0xAARRGGBB with the colours premultiplied by
 * alpha when {@code alpha} is set, which is what resampling needs so that transparent pixels lend
 * no colour to their neighbours.
 */
record Bitmap(int width, int height, int[] pixels, boolean alpha) {

    /** The region as a new bitmap (crops are cut from bitmaps, then resampled). */
    Bitmap region(int x, int y, int w, int h) {
        int[] out = new int[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(pixels, (y + row) * width + x, out, row * w, w);
        }
        return new Bitmap(w, h, out, alpha);
    }

    /** These pixels as an image the encoders take: opaque RGB shared without copying, or straight (not premultiplied) ARGB. */
    BufferedImage toImage() {
        if (!alpha) {
            DirectColorModel model = new DirectColorModel(24, 0xFF0000, 0xFF00, 0xFF);
            WritableRaster raster = Raster.createWritableRaster(
                    new SinglePixelPackedSampleModel(java.awt.image.DataBuffer.TYPE_INT, width, height, model.getMasks()),
                    new DataBufferInt(pixels, pixels.length), null);
            return new BufferedImage(model, raster, false, null);
        }
        int[] straight = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int a = p >>> 24;
            if (a == 0) {
                straight[i] = 0;
            } else if (a == 255) {
                straight[i] = p;
            } else {
                int r = Math.min(255, ((p >> 16) & 0xFF) * 255 / a);
                int g = Math.min(255, ((p >> 8) & 0xFF) * 255 / a);
                int b = Math.min(255, (p & 0xFF) * 255 / a);
                straight[i] = a << 24 | r << 16 | g << 8 | b;
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.getRaster().setDataElements(0, 0, width, height, straight);
        return image;
    }
}
