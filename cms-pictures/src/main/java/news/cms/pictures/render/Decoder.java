package news.cms.pictures.render;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import news.cms.pictures.PictureFormat;
import news.cms.pictures.PictureRefusedException;
import news.cms.pictures.inspect.Header;
import org.w3c.dom.Node;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.IOException;

import static news.cms.pictures.PictureRefusedException.Reason.DAMAGED;

/**
 * Decodes a picture's first frame, optionally keeping only every n-th pixel each way (ImageIO's
 * source subsampling: the full image is never held), and brings it to sRGB: CMYK and YCCK JPEGs
 * come out of TwelveMonkeys as RGB; any other colour space, or an embedded PNG/WebP profile that
 * is not sRGB, is converted here. A GIF's first frame is placed on its screen at its offset.
 */
final class Decoder {

    private Decoder() {
    }

    static BufferedImage decode(byte[] bytes, Header header, int subsampling) {
        ImageReader reader = Readers.reader(header.format());
        try (ByteArrayImageInputStream input = new ByteArrayImageInputStream(bytes)) {
            boolean gif = header.format() == PictureFormat.GIF;
            reader.setInput(input, true, !gif);
            ImageReadParam param = reader.getDefaultReadParam();
            if (subsampling > 1) {
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (gif) {
                image = onScreen(image, reader.getImageMetadata(0), header, subsampling);
            }
            return toSrgb(image, header);
        } catch (IOException | RuntimeException e) {
            // decoders throw anything on hostile data (IndexOutOfBounds, IllegalArgument, NegativeArraySize…)
            throw unreadable(e);
        } finally {
            reader.dispose();
        }
    }

    private static PictureRefusedException unreadable(Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new PictureRefusedException(DAMAGED, "The picture's pixels cannot be read ("
                + (why.length() > 120 ? why.substring(0, 120) + "…" : why) + "). Save it again from the original and upload that.");
    }

    /** A GIF frame can be smaller than the screen and placed anywhere on it; the still shows the screen. */
    private static BufferedImage onScreen(BufferedImage frame, IIOMetadata metadata, Header header, int subsampling) {
        int left = 0;
        int top = 0;
        Node root = metadata.getAsTree("javax_imageio_gif_image_1.0");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals("ImageDescriptor")) {
                left = Integer.parseInt(n.getAttributes().getNamedItem("imageLeftPosition").getNodeValue());
                top = Integer.parseInt(n.getAttributes().getNamedItem("imageTopPosition").getNodeValue());
            }
        }
        int width = ceilDiv(header.storedWidth(), subsampling);
        int height = ceilDiv(header.storedHeight(), subsampling);
        if (left == 0 && top == 0 && frame.getWidth() == width && frame.getHeight() == height) {
            return frame;
        }
        BufferedImage screen = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = screen.createGraphics();
        g.drawImage(frame, left / subsampling, top / subsampling, null);
        g.dispose();
        return screen;
    }

    private static BufferedImage toSrgb(BufferedImage image, Header header) {
        ColorSpace space = image.getColorModel().getColorSpace();
        if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
            return convert(image, space);
        }
        ICC_Profile embedded = header.format() == PictureFormat.JPEG ? null : profile(header.iccProfile());
        if (embedded != null && embedded.getColorSpaceType() == ColorSpace.TYPE_RGB && !isSrgb(embedded)) {
            // PNG and WebP readers hand out the stored numbers as if they were sRGB: say what they really are, then convert
            BufferedImage argb = Pixels.argbCopy(image);
            ICC_ColorSpace real = new ICC_ColorSpace(embedded);
            var model = new java.awt.image.DirectColorModel(real, 32, 0xFF0000, 0xFF00, 0xFF, 0xFF000000, false,
                    java.awt.image.DataBuffer.TYPE_INT);
            BufferedImage tagged = new BufferedImage(model, argb.getRaster(), false, null);
            return convert(tagged, real);
        }
        return image;
    }

    private static BufferedImage convert(BufferedImage image, ColorSpace from) {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        new ColorConvertOp(from, ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(image, out);
        return out;
    }

    private static ICC_Profile profile(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return ICC_Profile.getInstance(bytes);
        } catch (IllegalArgumentException e) {
            return null;   // a broken profile: the pixels are taken as sRGB, as browsers do
        }
    }

    /** sRGB by its primaries' and white point's XYZ tags, since profiles name themselves anything. */
    private static boolean isSrgb(ICC_Profile p) {
        for (int tag : new int[]{ICC_Profile.icSigRedColorantTag, ICC_Profile.icSigGreenColorantTag, ICC_Profile.icSigBlueColorantTag}) {
            if (!close(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData(tag), p.getData(tag))) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(byte[] a, byte[] b) {
        if (a == null || b == null || a.length < 20 || b.length < 20) {
            return false;
        }
        for (int i = 8; i < 20; i += 4) {
            double x = java.nio.ByteBuffer.wrap(a, i, 4).getInt() / 65536.0;
            double y = java.nio.ByteBuffer.wrap(b, i, 4).getInt() / 65536.0;
            if (Math.abs(x - y) > 0.003) {
                return false;
            }
        }
        return true;
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
