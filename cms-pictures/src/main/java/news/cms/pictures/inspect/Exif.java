package news.cms.pictures.inspect;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import news.cms.pictures.SourceWarning;
import news.cms.pictures.SourceWarning.Kind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An EXIF block read with TwelveMonkeys' TIFF reader: the orientation, and the tags that reveal
 * where a picture was taken, with which camera, or by whom. Maker notes are not read (each maker
 * has its own layout); like everything else in EXIF they never reach a public file.
 */
final class Exif {

    private static final int GPS_LATITUDE = 2;
    private static final int GPS_LONGITUDE = 4;
    /** Tags of IFD0 and the EXIF IFD that hold a serial number or a person's name, with what to call them. */
    private static final Map<Integer, String> SERIALS = Map.of(
            0xA431, "BodySerialNumber", 0xA435, "LensSerialNumber", 0xC62F, "CameraSerialNumber");
    private static final Map<Integer, String> NAMES = Map.of(
            TIFF.TAG_ARTIST, "Artist", TIFF.TAG_COPYRIGHT, "Copyright", 0x9C9D, "XPAuthor", 0xA430, "CameraOwnerName");

    private Exif() {
    }

    static Orientation orientation(byte[] exif) {
        Directory ifd = read(exif);
        Entry entry = ifd == null ? null : ifd.getEntryById(TIFF.TAG_ORIENTATION);
        return entry != null && entry.getValue() instanceof Number n ? Orientation.of(n.intValue()) : Orientation.NORMAL;
    }

    static List<SourceWarning> warnings(byte[] exif) {
        List<SourceWarning> warnings = new ArrayList<>();
        Directory ifd = read(exif);
        if (ifd == null) {
            return warnings;
        }
        Directory exifIfd = subDirectory(ifd, TIFF.TAG_EXIF_IFD);
        Directory gps = subDirectory(ifd, TIFF.TAG_GPS_IFD);
        if (gps != null && (filled(gps.getEntryById(GPS_LATITUDE)) || filled(gps.getEntryById(GPS_LONGITUDE)))) {
            warnings.add(Warnings.location("EXIF", "GPSLatitude/GPSLongitude"));
        }
        for (Directory d : exifIfd == null ? List.of(ifd) : List.of(ifd, exifIfd)) {
            SERIALS.forEach((tag, name) -> {
                if (filled(d.getEntryById(tag))) {
                    warnings.add(Warnings.of(Kind.SERIAL_NUMBER, "EXIF", name));
                }
            });
            NAMES.forEach((tag, name) -> {
                if (filled(d.getEntryById(tag))) {
                    warnings.add(Warnings.of(Kind.NAME, "EXIF", name));
                }
            });
        }
        return warnings;
    }

    private static Directory read(byte[] exif) {
        try {
            return new TIFFReader().read(new ByteArrayImageInputStream(exif));
        } catch (IOException | RuntimeException e) {
            // unreadable EXIF: nothing to stand the picture up by, and none of it is ever published
            return null;
        }
    }

    private static Directory subDirectory(Directory ifd, int tag) {
        Entry entry = ifd.getEntryById(tag);
        return entry != null && entry.getValue() instanceof Directory d ? d : null;
    }

    private static boolean filled(Entry entry) {
        if (entry == null || entry.getValue() == null) {
            return false;
        }
        String value = entry.getValueAsString();
        return value != null && !value.replace("\0", "").isBlank();
    }
}
