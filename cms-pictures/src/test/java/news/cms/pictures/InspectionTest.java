package news.cms.pictures;

import com.sun.management.ThreadMXBean;
import news.cms.pictures.PictureRefusedException.Reason;
import news.cms.pictures.SourceWarning.Kind;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an upload is, judged from its bytes, and which uploads are refused before anything is decoded. */
class InspectionTest {

    private final Pictures pictures = Fixtures.engine();

    @Test
    void aGeotaggedPhotoIsMeasuredAndItsRevealingMetadataNamedWithoutRepeatingIt() {
        Inspection photo = pictures.inspect(Fixtures.bytes(Fixtures.PHOTO));

        assertEquals(PictureFormat.JPEG, photo.format());
        assertEquals(4000, photo.width());
        assertEquals(2667, photo.height());
        assertEquals(10_668_000, photo.pixels());
        assertFalse(photo.transparency());
        assertFalse(photo.animated());
        assertEquals(Set.of(Kind.LOCATION, Kind.SERIAL_NUMBER, Kind.NAME),
                photo.warnings().stream().map(SourceWarning::kind).collect(Collectors.toSet()));
        assertTrue(photo.warnings().stream().anyMatch(w -> w.message().contains("GPS coordinates")), photo.warnings().toString());
        for (SourceWarning w : photo.warnings()) {
            assertFalse(w.message().contains(Fixtures.SERIAL) || w.message().contains(Fixtures.ARTIST), w.message());
        }
    }

    @Test
    void aPortraitStoredSidewaysIsMeasuredAsItIsShown() {
        Inspection rotated = pictures.inspect(Fixtures.bytes(Fixtures.ROTATED));

        assertEquals(800, rotated.width());
        assertEquals(1200, rotated.height());
        assertEquals(960_000, rotated.pixels());
    }

    @Test
    void transparencyAnimationAndSmallSizesAreReadFromTheHeaders() {
        Inspection png = pictures.inspect(Fixtures.bytes(Fixtures.TRANSPARENT));
        Inspection gif = pictures.inspect(Fixtures.bytes(Fixtures.ANIMATED));
        Inspection small = pictures.inspect(Fixtures.bytes(Fixtures.SMALL));
        Inspection cmyk = pictures.inspect(Fixtures.bytes(Fixtures.CMYK));

        assertEquals(List.of(PictureFormat.PNG, 1600, 900, true), List.of(png.format(), png.width(), png.height(), png.transparency()));
        assertEquals(List.of(PictureFormat.GIF, 400, 300, true), List.of(gif.format(), gif.width(), gif.height(), gif.animated()));
        assertEquals(List.of(200, 150, false), List.of(small.width(), small.height(), small.animated()));
        assertEquals(List.of(1600, 1067), List.of(cmyk.width(), cmyk.height()));
        assertTrue(png.warnings().isEmpty() && gif.warnings().isEmpty() && small.warnings().isEmpty());
    }

    @Test
    void xmpAndIptcAreReadForWhatTheyReveal() {
        Inspection spliced = pictures.inspect(Synthetic.jpegWithXmpAndIptc());

        Set<String> found = spliced.warnings().stream().map(w -> w.where() + " " + w.kind()).collect(Collectors.toSet());
        assertEquals(Set.of("XMP LOCATION", "XMP SERIAL_NUMBER", "XMP NAME", "IPTC NAME"), found);
    }

    @Test
    void aPngsAuthorIsAName() {
        Inspection png = pictures.inspect(Synthetic.pngWithAuthor());

        assertEquals(List.of("PNG text NAME"), png.warnings().stream().map(w -> w.where() + " " + w.kind()).toList());
        assertFalse(png.warnings().get(0).message().contains("Ada Thor"));
    }

    @Test
    void anXmpPacketWithADoctypeIsIgnoredNotExpanded() {
        String hostile = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                + "<x:xmpmeta xmlns:x='adobe:ns:meta/'>&e;</x:xmpmeta>";
        byte[] jpeg = Fixtures.bytes(Fixtures.SMALL);
        byte[] payload = Synthetic.concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
                hostile.getBytes(StandardCharsets.UTF_8));
        byte[] segment = Synthetic.concat(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8),
                (byte) (payload.length + 2)}, payload);
        byte[] spliced = Synthetic.concat(Synthetic.concat(Arrays.copyOf(jpeg, 2), segment), Arrays.copyOfRange(jpeg, 2, jpeg.length));

        assertTrue(pictures.inspect(spliced).warnings().isEmpty());
    }

    @Test
    void aProgramNamedLikeAPhotoIsRefusedAsNoPicture() {
        byte[] exe = Synthetic.concat("MZ\u0090\0\3\0\0\0".getBytes(StandardCharsets.ISO_8859_1), new byte[200]);

        PictureRefusedException e = assertThrows(PictureRefusedException.class, () -> pictures.inspect(exe));

        assertEquals(Reason.NOT_A_PICTURE, e.reason());
        assertEquals("file", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("a program") && e.getMessage().contains("JPEG, PNG, GIF or WebP"), e.getMessage());
    }

    @Test
    void textIsRefusedAsNoPicture() {
        byte[] text = "Dear editor,\nplease find the photo attached.\n".getBytes(StandardCharsets.UTF_8);

        PictureRefusedException e = assertThrows(PictureRefusedException.class, () -> pictures.inspect(text));

        assertEquals(Reason.NOT_A_PICTURE, e.reason());
        assertTrue(e.getMessage().contains("its bytes are text"), e.getMessage());
    }

    @Test
    void randomBytesBehindAGifSignatureAreRefused() {
        Random random = new Random(14);
        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[106];
            random.nextBytes(junk);
            System.arraycopy("GIF89a".getBytes(StandardCharsets.ISO_8859_1), 0, junk, 0, 6);

            assertThrows(PictureRefusedException.class, () -> pictures.inspect(junk));
        }
        // a sensible 10 x 10 screen, then junk: no frame can be found, so it is damaged
        byte[] junk = new byte[113];
        random.nextBytes(junk);
        byte[] start = {'G', 'I', 'F', '8', '9', 'a', 10, 0, 10, 0, 0, 0, 0, 0x55};
        System.arraycopy(start, 0, junk, 0, start.length);

        PictureRefusedException e = assertThrows(PictureRefusedException.class, () -> pictures.inspect(junk));

        assertEquals(Reason.DAMAGED, e.reason());
    }

    @Test
    void aPhotoCutShortIsRefusedAsDamaged() {
        byte[] photo = Fixtures.bytes(Fixtures.PHOTO);
        byte[] half = Arrays.copyOf(photo, photo.length / 2);
        byte[] png = Fixtures.bytes(Fixtures.TRANSPARENT);
        byte[] halfPng = Arrays.copyOf(png, png.length / 2);

        PictureRefusedException jpeg = assertThrows(PictureRefusedException.class, () -> pictures.inspect(half));
        PictureRefusedException cut = assertThrows(PictureRefusedException.class, () -> pictures.inspect(halfPng));

        assertEquals(Reason.DAMAGED, jpeg.reason());
        assertTrue(jpeg.getMessage().contains("cut short"), jpeg.getMessage());
        assertEquals(Reason.DAMAGED, cut.reason());
    }

    @Test
    void decompressionBombsAreRefusedFromTheirHeadersInMillisecondsWithoutDecoding() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (String bomb : List.of(Fixtures.PNG_BOMB, Fixtures.JPEG_BOMB)) {
            byte[] bytes = Fixtures.bytes(bomb);
            pictures.inspect(Fixtures.bytes(Fixtures.SMALL));   // the classes are loaded: what follows is the refusal alone
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();

            PictureRefusedException inspected = assertThrows(PictureRefusedException.class, () -> pictures.inspect(bytes));
            PictureRefusedException rendered = assertThrows(PictureRefusedException.class,
                    () -> pictures.renditions(bytes, FocalPoint.CENTRE));

            long millis = (System.nanoTime() - start) / 1_000_000;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            assertEquals(Reason.TOO_MANY_PIXELS, inspected.reason());
            assertEquals(Reason.TOO_MANY_PIXELS, rendered.reason());
            assertTrue(inspected.getMessage().contains("cms.media.max-pixels"), inspected.getMessage());
            assertTrue(millis < 500, bomb + " took " + millis + " ms to refuse");
            // a 60,000 x 60,000 decode would need gigabytes; the refusal needs the exception and its message
            assertTrue(allocated < 1_000_000, bomb + " allocated " + allocated + " bytes while being refused");
        }
    }

    @Test
    void thePixelLimitIsASetting() {
        PicturesSettings settings = new PicturesSettings();
        settings.setMaxPixels(20_000);
        Pictures strict = new Pictures(settings);

        PictureRefusedException e = assertThrows(PictureRefusedException.class,
                () -> strict.inspect(Fixtures.bytes(Fixtures.SMALL)));

        assertTrue(e.getMessage().contains("200 x 150") && e.getMessage().contains("20,000"), e.getMessage());
        assertEquals(30_000, pictures.inspect(Fixtures.bytes(Fixtures.SMALL)).pixels());
    }
}
