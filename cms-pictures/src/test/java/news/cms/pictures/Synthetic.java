package news.cms.pictures;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Pictures made for a test: metadata spliced into a fixture, or pixels drawn to be found again. */
final class Synthetic {

    static final String XMP = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
            + "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            + "<rdf:Description xmlns:exif='http://ns.adobe.com/exif/1.0/' xmlns:aux='http://ns.adobe.com/exif/1.0/aux/'"
            + " xmlns:dc='http://purl.org/dc/elements/1.1/' exif:GPSLatitude='52,22.5N' aux:SerialNumber='XMP-SERIAL-42'>"
            + "<dc:creator><rdf:Seq><rdf:li>Xavier Mpacket</rdf:li></rdf:Seq></dc:creator>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";

    private Synthetic() {
    }

    /** The small fixture with an XMP packet (GPS, serial, creator) and IPTC by-line "Ida Ptc" spliced in after SOI. */
    static byte[] jpegWithXmpAndIptc() {
        byte[] jpeg = Fixtures.bytes(Fixtures.SMALL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
                XMP.getBytes(StandardCharsets.UTF_8)));
        byte[] byline = "Ida Ptc".getBytes(StandardCharsets.ISO_8859_1);
        byte[] iptc = concat(new byte[]{0x1C, 2, 80, 0, (byte) byline.length}, byline);
        ByteArrayOutputStream resource = new ByteArrayOutputStream();
        resource.writeBytes("8BIM".getBytes(StandardCharsets.ISO_8859_1));
        resource.writeBytes(new byte[]{4, 4, 0, 0, 0, 0, 0, (byte) iptc.length});
        resource.writeBytes(iptc);
        if (iptc.length % 2 == 1) {
            resource.write(0);
        }
        segment(out, 0xED, concat("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1), resource.toByteArray()));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A grey picture with a red disc where the focal point will be said to be. */
    static byte[] jpegWithRedDiscAt(int width, int height, double fx, double fy) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int cx = (int) (fx * width);
        int cy = (int) (fy * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean disc = Math.hypot(x - cx, y - cy) < 20;
                image.setRGB(x, y, disc ? 0xFF0000 : 0x808080);
            }
        }
        return write(image, "jpeg");
    }

    /** An RGBA PNG whose every pixel is opaque: a photo saved with an alpha channel it does not use. */
    static byte[] opaquePngWithAlphaChannel() {
        BufferedImage image = new BufferedImage(700, 400, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 700; x++) {
                image.setRGB(x, y, 0xFF000000 | (x % 256) << 16 | (y % 256) << 8 | 0x40);
            }
        }
        return write(image, "png");
    }

    /** The transparent fixture with a tEXt chunk "Author" naming someone, after its header chunk. */
    static byte[] pngWithAuthor() {
        byte[] png = Fixtures.bytes(Fixtures.TRANSPARENT);
        byte[] data = "Author\0Ada Thor".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        int n = data.length;
        chunk.writeBytes(new byte[]{(byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n});
        byte[] typed = concat("tEXt".getBytes(StandardCharsets.ISO_8859_1), data);
        chunk.writeBytes(typed);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typed);
        long c = crc.getValue();
        chunk.writeBytes(new byte[]{(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
        int afterHeader = 8 + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk.toByteArray());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }
}
