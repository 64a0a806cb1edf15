package news.cms.pictures;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public files drawn from a picture's pixels: their sizes, shapes, formats, and that nothing of the upload's metadata survives. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenditionsTest {

    private final Pictures pictures = Fixtures.engine();
    private List<Rendition> photo;

    @BeforeAll
    void drawThePhotoOnce() {
        photo = pictures.renditions(Fixtures.bytes(Fixtures.PHOTO), FocalPoint.CENTRE);
    }

    @Test
    void thePhotoGetsEveryWholeWidthUpToTheCapInJpegAndWebp() {
        List<Integer> jpegs = photo.stream().filter(r -> r.crop() == null && r.format() == PictureFormat.JPEG)
                .map(Rendition::width).toList();
        List<Integer> webps = photo.stream().filter(r -> r.crop() == null && r.format() == PictureFormat.WEBP)
                .map(Rendition::width).toList();

        assertEquals(List.of(320, 640, 960, 1280, 1600, 2048, 2560), jpegs);
        assertEquals(jpegs, webps);
        assertTrue(photo.stream().noneMatch(r -> r.format() == PictureFormat.PNG || r.animated()));
    }

    @Test
    void noRenditionIsLargerThanTheOriginal() {
        for (Rendition r : photo) {
            assertTrue(r.width() <= 4000 && r.height() <= 2667, r.toString());
        }
        List<Rendition> small = pictures.renditions(Fixtures.bytes(Fixtures.SMALL), FocalPoint.CENTRE);
        assertEquals(Set.of("200x150", "200x113", "150x150"),
                small.stream().map(r -> r.width() + "x" + r.height()).collect(Collectors.toSet()));
    }

    @Test
    void cropsHaveTheirShapeAndOneIsWideEnoughForOgImage() {
        for (Crop crop : Crop.values()) {
            List<Rendition> cut = photo.stream().filter(r -> r.crop() == crop).toList();
            assertFalse(cut.isEmpty(), crop.label());
            for (Rendition r : cut) {
                assertEquals(crop.heightAt(r.width()), r.height(), r.toString());
                assertEquals(crop.label(), r.cropLabel());
            }
        }
        assertEquals(List.of(320, 640, 1280, 1920), widths(photo, Crop.WIDE));
        assertEquals(List.of(320, 640, 1280, 1920), widths(photo, Crop.CLASSIC));
        assertEquals(List.of(160, 320, 640, 1280), widths(photo, Crop.SQUARE));
        assertTrue(photo.stream().anyMatch(r -> r.crop() != null && r.width() >= 1200));
    }

    @Test
    void eachFileIsWhatItSaysWithTheDigestOfItsBytes() throws Exception {
        for (Rendition r : photo) {
            assertEquals(List.of(r.width(), r.height()), Files.size(r.bytes()), r.toString());
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.bytes()));
            assertEquals(sha.substring(0, 16), r.digest());
            assertTrue(r.fileName().endsWith(r.digest() + "." + r.format().extension()), r.fileName());
        }
        assertTrue(photo.stream().filter(r -> r.format() == PictureFormat.WEBP)
                .allMatch(r -> Files.contains(r.bytes(), "WEBP") && Files.indexOf(r.bytes(), "RIFF".getBytes()) == 0));
        Rendition smallest = photo.stream().filter(r -> r.format() == PictureFormat.WEBP).findFirst().orElseThrow();
        assertEquals(smallest.width(), Files.decode(smallest.bytes()).getWidth());
    }

    @Test
    void theSameUploadGivesTheSameFilesAndAnotherFocalPointOnlyOtherCrops() {
        byte[] picture = Fixtures.bytes(Fixtures.CMYK);
        List<Rendition> first = pictures.renditions(picture, FocalPoint.CENTRE);
        List<Rendition> again = pictures.renditions(picture, FocalPoint.CENTRE);
        List<Rendition> elsewhere = pictures.renditions(picture, new FocalPoint(0.1, 0.9));

        assertEquals(digests(first, false), digests(again, false));
        assertEquals(digests(first, true), digests(again, true));
        assertEquals(digests(first, false), digests(elsewhere, false));
        // the 16:9 box moves down the picture's top-to-bottom gradient; the 4:3 and square boxes move
        // across it, where every column is alike, so their bytes (and addresses) rightly stay the same
        assertNotEquals(digests(first, true), digests(elsewhere, true));
    }

    @Test
    void noPublicFileCarriesExifXmpIptcGpsOrAColourProfile() {
        List<Rendition> all = new java.util.ArrayList<>(photo);
        all.addAll(pictures.renditions(Synthetic.jpegWithXmpAndIptc(), FocalPoint.CENTRE));
        all.addAll(pictures.renditions(Fixtures.bytes(Fixtures.ROTATED), FocalPoint.CENTRE));
        all.addAll(pictures.renditions(Synthetic.pngWithAuthor(), FocalPoint.CENTRE));
        for (Rendition r : all) {
            for (String trace : List.of("Exif", "http://ns.adobe.com/xap", "xmpmeta", "Photoshop 3.0", "8BIM",
                    "ICC_PROFILE", Fixtures.SERIAL, Fixtures.ARTIST, "XMP-SERIAL-42", "Xavier Mpacket", "Ida Ptc", "Ada Thor")) {
                assertFalse(Files.contains(r.bytes(), trace), r + " carries " + trace);
            }
            switch (r.format()) {
                // JFIF's APP0 (version and density), then only what decoding needs
                case JPEG -> assertTrue(Files.jpegMarkers(r.bytes()).stream()
                        .allMatch(m -> m == 0xE0 || m == 0xDB || m == 0xC4 || m == 0xC0 || m == 0xDA), r.toString());
                case PNG -> assertTrue(Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND")
                        .containsAll(Files.chunks(r.bytes(), false)), r + " " + Files.chunks(r.bytes(), false));
                case WEBP -> assertTrue(Set.of("VP8 ", "VP8L", "VP8X", "ALPH")
                        .containsAll(Files.chunks(r.bytes(), true)), r + " " + Files.chunks(r.bytes(), true));
                default -> throw new AssertionError(r.toString());
            }
        }
    }

    @Test
    void aPortraitStoredSidewaysIsTurnedUprightInItsPixels() {
        List<Rendition> rotated = pictures.renditions(Fixtures.bytes(Fixtures.ROTATED), FocalPoint.CENTRE);
        Rendition largest = rotated.stream().filter(r -> r.crop() == null && r.format() == PictureFormat.JPEG)
                .reduce((a, b) -> b).orElseThrow();
        // the JDK's reader ignores EXIF: these are the stored pixels, 1200 x 800, lying on their side
        BufferedImage stored = Files.decode(Fixtures.bytes(Fixtures.ROTATED));
        BufferedImage shown = Files.decode(largest.bytes());

        assertEquals(List.of(800, 1200), List.of(largest.width(), largest.height()));
        assertTrue(rotated.stream().filter(r -> r.crop() == null).allMatch(r -> r.height() > r.width()));
        double turnedRight = difference(shown, stored, true);
        double turnedLeft = difference(shown, stored, false);
        assertTrue(turnedRight < 6 && turnedLeft > 3 * turnedRight,
                "mean difference turned right " + turnedRight + ", turned left " + turnedLeft);
    }

    @Test
    void aCmykPhotoComesOutInSrgbColoursAsImageMagickShowsThem() {
        List<Rendition> cmyk = pictures.renditions(Fixtures.bytes(Fixtures.CMYK), FocalPoint.CENTRE);
        Rendition small = cmyk.stream().filter(r -> r.width() == 320 && r.crop() == null && r.format() == PictureFormat.JPEG)
                .findFirst().orElseThrow();
        BufferedImage image = Files.decode(small.bytes());

        assertTrue(cmyk.stream().filter(r -> r.format() == PictureFormat.JPEG).allMatch(r -> Files.jpegComponents(r.bytes()) == 3));
        // ImageMagick 6.9.11: convert cmyk.jpg -colorspace sRGB -resize 320x, pixels at (10,10), (160,106), (300,200)
        assertColour(image, 10, 10, 12, 8, 121);
        assertColour(image, 160, 106, 127, 82, 64);
        assertColour(image, 300, 200, 239, 155, 5);
    }

    @Test
    void aTransparentPngKeepsItsTransparencyAsPngAndWebp() {
        List<Rendition> png = pictures.renditions(Fixtures.bytes(Fixtures.TRANSPARENT), FocalPoint.CENTRE);

        assertEquals(Set.of(PictureFormat.PNG, PictureFormat.WEBP), png.stream().map(Rendition::format).collect(Collectors.toSet()));
        for (Rendition r : png) {
            if (r.format() == PictureFormat.PNG) {
                BufferedImage image = Files.decode(r.bytes());
                assertTrue(image.getColorModel().hasAlpha() && anyTransparent(image), r.toString());
            } else {
                assertTrue(Files.chunks(r.bytes(), true).contains("ALPH") || Files.chunks(r.bytes(), true).contains("VP8L"),
                        r + " " + Files.chunks(r.bytes(), true));
            }
        }
    }

    @Test
    void aPngWhosePixelsAreAllOpaqueGetsJpegs() {
        List<Rendition> opaque = pictures.renditions(Synthetic.opaquePngWithAlphaChannel(), FocalPoint.CENTRE);

        assertEquals(Set.of(PictureFormat.JPEG, PictureFormat.WEBP), opaque.stream().map(Rendition::format).collect(Collectors.toSet()));
    }

    @Test
    void everyCropContainsTheFocalPoint() {
        for (FocalPoint focus : List.of(new FocalPoint(0.9, 0.2), new FocalPoint(0.05, 0.95), new FocalPoint(0.5, 0.5))) {
            byte[] picture = Synthetic.jpegWithRedDiscAt(1500, 500, focus.x(), focus.y());
            for (Rendition r : pictures.renditions(picture, focus)) {
                if (r.crop() != null) {
                    assertTrue(anyRed(Files.decode(r.bytes())), r + " cut around " + focus + " has no red in it");
                }
            }
        }
    }

    @Test
    void anAnimatedGifKeepsItsAnimationAndGetsStillsOfItsFirstFrame() {
        byte[] gif = Fixtures.bytes(Fixtures.ANIMATED);
        List<Rendition> renditions = pictures.renditions(gif, FocalPoint.CENTRE);
        Rendition animation = renditions.get(0);

        assertTrue(animation.animated());
        assertEquals(List.of(PictureFormat.GIF, 400, 300), List.of(animation.format(), animation.width(), animation.height()));
        assertEquals(Files.frames(gif), Files.frames(animation.bytes()));
        assertTrue(Files.frames(gif) > 1);
        assertEquals(1, renditions.stream().filter(Rendition::animated).count());
        assertTrue(renditions.stream().filter(r -> !r.animated()).allMatch(r -> r.width() <= 400 && r.format() != PictureFormat.GIF));
    }

    @Test
    void aWebpUploadIsReadLikeAnyOther() {
        byte[] webp = photo.stream().filter(r -> r.format() == PictureFormat.WEBP && r.width() == 640 && r.crop() == null)
                .findFirst().orElseThrow().bytes();
        byte[] transparentWebp = pictures.renditions(Fixtures.bytes(Fixtures.TRANSPARENT), FocalPoint.CENTRE).stream()
                .filter(r -> r.format() == PictureFormat.WEBP && r.width() == 320).findFirst().orElseThrow().bytes();

        Inspection opaque = pictures.inspect(webp);
        Inspection clear = pictures.inspect(transparentWebp);
        List<Rendition> again = pictures.renditions(webp, FocalPoint.CENTRE);

        assertEquals(List.of(PictureFormat.WEBP, 640, 427, false), List.of(opaque.format(), opaque.width(), opaque.height(), opaque.transparency()));
        assertEquals(List.of(320, 180, true), List.of(clear.width(), clear.height(), clear.transparency()));
        assertEquals(List.of(320, 640), again.stream().filter(r -> r.crop() == null && r.format() == PictureFormat.JPEG)
                .map(Rendition::width).toList());
    }

    @Test
    void aJpegWhoseHeadersAreSoundButWhosePixelsCannotBeDecodedIsRefusedAsDamaged() {
        byte[] jpeg = Fixtures.bytes(Fixtures.SMALL);
        // the first Huffman table claims 255 codes of every length, which no table can have
        int dht = Files.indexOf(jpeg, new byte[]{(byte) 0xFF, (byte) 0xC4});
        java.util.Arrays.fill(jpeg, dht + 5, dht + 21, (byte) 0xFF);
        pictures.inspect(jpeg);

        PictureRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(PictureRefusedException.class,
                () -> pictures.renditions(jpeg, FocalPoint.CENTRE));

        assertEquals(PictureRefusedException.Reason.DAMAGED, e.reason());
        assertTrue(e.errors().get(0).message().startsWith("The picture's pixels cannot be read"), e.getMessage());
    }

    private static List<Integer> widths(List<Rendition> renditions, Crop crop) {
        return renditions.stream().filter(r -> r.crop() == crop && r.format() == PictureFormat.JPEG).map(Rendition::width).toList();
    }

    private static Set<String> digests(List<Rendition> renditions, boolean crops) {
        return renditions.stream().filter(r -> (r.crop() != null) == crops).map(Rendition::digest).collect(Collectors.toSet());
    }

    /** Mean difference per channel between the rendition and the stored pixels turned a quarter right (or left). */
    private static double difference(BufferedImage shown, BufferedImage stored, boolean right) {
        long sum = 0;
        int n = 0;
        for (int y = 0; y < shown.getHeight(); y += 7) {
            for (int x = 0; x < shown.getWidth(); x += 7) {
                int sx = right ? y : stored.getWidth() - 1 - y;
                int sy = right ? stored.getHeight() - 1 - x : x;
                int a = shown.getRGB(x, y);
                int b = stored.getRGB(sx, sy);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF));
                    n++;
                }
            }
        }
        return sum / (double) n;
    }

    private static void assertColour(BufferedImage image, int x, int y, int r, int g, int b) {
        int p = image.getRGB(x, y);
        int[] got = {p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF};
        int[] want = {r, g, b};
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(got[i] - want[i]) <= 12, "at " + x + "," + y + ": " + java.util.Arrays.toString(got)
                    + ", ImageMagick " + java.util.Arrays.toString(want));
        }
    }

    private static boolean anyTransparent(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 < 255) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyRed(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if ((p >> 16 & 0xFF) > 200 && (p >> 8 & 0xFF) < 80 && (p & 0xFF) < 80) {
                    return true;
                }
            }
        }
        return false;
    }
}
