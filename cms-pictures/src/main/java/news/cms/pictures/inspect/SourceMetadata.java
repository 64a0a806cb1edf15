package news.cms.pictures.inspect;

import news.cms.pictures.SourceWarning;
import news.cms.pictures.SourceWarning.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything in a picture's metadata that could reveal its source: EXIF, XMP, IPTC and PNG text,
 * one warning per thing found (a name in EXIF Artist and again in XMP dc:creator is two, since the
 * newsroom may want to know each place it hides).
 */
public final class SourceMetadata {

    /** PNG's own text keywords that hold a person's name. */
    private static final Set<String> PNG_NAMES = Set.of("author", "artist", "copyright");

    private SourceMetadata() {
    }

    public static List<SourceWarning> warnings(Header header) {
        List<SourceWarning> found = new ArrayList<>();
        if (header.exif() != null) {
            found.addAll(Exif.warnings(header.exif()));
        }
        for (String packet : header.xmp()) {
            found.addAll(Xmp.warnings(packet));
        }
        if (header.iptc() != null) {
            found.addAll(Iptc.warnings(header.iptc()));
        }
        for (Header.Text text : header.texts()) {
            if (PNG_NAMES.contains(text.keyword().toLowerCase(Locale.ROOT)) && !text.text().isBlank()) {
                found.add(Warnings.of(Kind.NAME, "PNG text", text.keyword()));
            }
        }
        Map<String, SourceWarning> once = new LinkedHashMap<>();
        found.forEach(w -> once.putIfAbsent(w.message(), w));
        return List.copyOf(once.values());
    }
}
