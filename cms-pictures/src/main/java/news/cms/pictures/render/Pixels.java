package news.cms.pictures.render;

import news.cms.pictures.inspect.Orientation;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * A decoded image turned into an upright {@link Bitmap}: the EXIF orientation applied to the
 * pixels themselves, alpha premultiplied, and alpha dropped when no pixel is transparent (a PNG
 * saved with an alpha channel it never uses is a photo, and gets JPEG renditions).
 */
final class Pixels {

    private Pixels() {
    }

    static Bitmap upright(BufferedImage image, Orientation orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation.swapsSides();
        int outWidth = swap ? h : w;
        int[] out = new int[w * h];
        int[] row = new int[w];
        boolean alpha = image.getColorModel().hasAlpha();
        boolean transparent = false;
        for (int y = 0; y < h; y++) {
            readRow(image, y, row);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                if (alpha) {
                    int a = p >>> 24;
                    if (a != 255) {
                        transparent = true;
                        p = a == 0 ? 0 : a << 24 | ((p >> 16 & 0xFF) * a + 127) / 255 << 16
                                | ((p >> 8 & 0xFF) * a + 127) / 255 << 8 | ((p & 0xFF) * a + 127) / 255;
                    }
                } else {
                    p &= 0xFFFFFF;
                }
                int dx;
                int dy;
                switch (orientation) {
                    case MIRRORED -> { dx = w - 1 - x; dy = y; }
                    case UPSIDE_DOWN -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case UPSIDE_DOWN_MIRRORED -> { dx = x; dy = h - 1 - y; }
                    case TRANSPOSED -> { dx = y; dy = x; }
                    case TURN_RIGHT -> { dx = h - 1 - y; dy = x; }
                    case TRANSVERSED -> { dx = h - 1 - y; dy = w - 1 - x; }
                    case TURN_LEFT -> { dx = y; dy = w - 1 - x; }
                    default -> { dx = x; dy = y; }
                }
                out[dy * outWidth + dx] = p;
            }
        }
        if (alpha && !transparent) {
            for (int i = 0; i < out.length; i++) {
                out[i] &= 0xFFFFFF;
            }
        }
        return new Bitmap(outWidth, swap ? w : h, out, alpha && transparent);
    }

    /** One row as 0xAARRGGBB, fast for the layouts decoders usually give, through the colour model otherwise. */
    private static void readRow(BufferedImage image, int y, int[] row) {
        int w = image.getWidth();
        switch (image.getType()) {
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                int stride = stride(image, 3);
                for (int x = 0, i = y * stride; x < w; x++, i += 3) {
                    row[x] = 0xFF000000 | (data[i + 2] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | (data[i] & 0xFF);
                }
            }
            case BufferedImage.TYPE_BYTE_GRAY -> {
                // the stored grey values are already what is shown; the colour model would treat them as linear and lighten them
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                int stride = stride(image, 1);
                for (int x = 0, i = y * stride; x < w; x++, i++) {
                    int v = data[i] & 0xFF;
                    row[x] = 0xFF000000 | v << 16 | v << 8 | v;
                }
            }
            case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB -> {
                int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                int stride = stride(image, 1);
                System.arraycopy(data, y * stride, row, 0, w);
                if (image.getType() == BufferedImage.TYPE_INT_RGB) {
                    for (int x = 0; x < w; x++) {
                        row[x] |= 0xFF000000;
                    }
                }
            }
            default -> image.getRGB(0, y, w, 1, row, 0, w);
        }
    }

    /** The scanline stride of a plain raster; sub-images are never handed here. */
    private static int stride(BufferedImage image, int samplesPerPixel) {
        var model = image.getRaster().getSampleModel();
        if (model instanceof java.awt.image.ComponentSampleModel c) {
            return c.getScanlineStride();
        }
        if (model instanceof java.awt.image.SinglePixelPackedSampleModel s) {
            return s.getScanlineStride();
        }
        return image.getWidth() * samplesPerPixel;
    }

    /** A straight-alpha ARGB copy of any image. */
    static BufferedImage argbCopy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, image.getWidth(), 1, row, 0, row.length);
            copy.setRGB(0, y, image.getWidth(), 1, row, 0, row.length);
        }
        return copy;
    }
}
