package news.cms.pictures.render;

import news.cms.pictures.PictureFormat;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import java.util.Iterator;

/**
 * The ImageIO readers and writers the engine uses, picked by class rather than taken first from
 * the registry: with TwelveMonkeys, the JDK and webp-imageio all registered, "the first reader for
 * webp" depends on class path order. JPEG and WebP are read by TwelveMonkeys (pure Java: a hostile
 * upload never reaches native code), PNG and GIF by the JDK; JPEG and PNG are written by the JDK,
 * WebP by libwebp through webp-imageio (only ever our own decoded pixels).
 */
final class Readers {

    private static final String TWELVEMONKEYS_JPEG = "com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader";
    private static final String TWELVEMONKEYS_WEBP = "com.twelvemonkeys.imageio.plugins.webp.WebPImageReader";
    private static final String JDK_PNG = "com.sun.imageio.plugins.png.PNGImageReader";
    private static final String JDK_GIF = "com.sun.imageio.plugins.gif.GIFImageReader";
    private static final String JDK_JPEG_WRITER = "com.sun.imageio.plugins.jpeg.JPEGImageWriter";
    private static final String JDK_PNG_WRITER = "com.sun.imageio.plugins.png.PNGImageWriter";

    static {
        // in a fat JAR or under a container's class loader the service files may not have been seen yet
        ImageIO.scanForPlugins();
    }

    private Readers() {
    }

    static ImageReader reader(PictureFormat format) {
        String wanted = switch (format) {
            case JPEG -> TWELVEMONKEYS_JPEG;
            case WEBP -> TWELVEMONKEYS_WEBP;
            case PNG -> JDK_PNG;
            case GIF -> JDK_GIF;
        };
        Iterator<ImageReaderSpi> spis = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true);
        while (spis.hasNext()) {
            ImageReaderSpi spi = spis.next();
            if (spi.getPluginClassName().equals(wanted)) {
                try {
                    return spi.createReaderInstance();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("Cannot create the " + format + " reader " + wanted, e);
                }
            }
        }
        throw new IllegalStateException("No ImageIO reader " + wanted + " for " + format
                + ": its JAR (or its META-INF/services entry) is missing from the class path");
    }

    static ImageWriter jpegWriter() {
        return writer("jpeg", JDK_JPEG_WRITER);
    }

    static ImageWriter pngWriter() {
        return writer("png", JDK_PNG_WRITER);
    }

    private static ImageWriter writer(String format, String wanted) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().equals(wanted)) {
                return w;
            }
            w.dispose();
        }
        throw new IllegalStateException("No ImageIO writer " + wanted + " for " + format);
    }

    static ImageWriterSpi webpWriterSpi() {
        return new com.luciad.imageio.webp.WebPImageWriterSpi();
    }
}
