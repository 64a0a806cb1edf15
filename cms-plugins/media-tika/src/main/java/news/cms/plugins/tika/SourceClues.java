package news.cms.plugins.tika;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.OfficeOpenXMLExtended;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What Tika found in a file, in the newsroom's words: the metadata worth showing (author, tool,
 * dates, dimensions, camera, place) under short stable names, and warnings about whatever could
 * lead back to a source — coordinates, a device's serial number, a person's or a company's name.
 */
final class SourceClues {

    /** Raw fields naming the person behind an image: EXIF's artist and camera owner, IPTC's by-line. */
    private static final List<String> PERSON_FIELDS = List.of(":artist", "owner name", "by-line", ":writer");
    /** Longest metadata value passed on: a file may carry anything in its fields. */
    private static final int MAX_VALUE = 500;

    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private SourceClues() {
    }

    static SourceClues of(Metadata found) {
        SourceClues clues = new SourceClues();
        clues.copy(found, "title", TikaCoreProperties.TITLE);
        clues.copy(found, "author", TikaCoreProperties.CREATOR);
        clues.copyNamed(found, "author", PERSON_FIELDS);
        clues.copy(found, "lastAuthor", TikaCoreProperties.MODIFIER);
        clues.copy(found, "company", OfficeOpenXMLExtended.COMPANY);
        clues.copy(found, "creatorTool", TikaCoreProperties.CREATOR_TOOL);
        if (!clues.metadata.containsKey("creatorTool")) {
            clues.copy(found, "creatorTool", PDF.PRODUCER);
            clues.copy(found, "creatorTool", OfficeOpenXMLExtended.APPLICATION);
        }
        clues.copy(found, "created", TikaCoreProperties.CREATED);
        clues.copy(found, "modified", TikaCoreProperties.MODIFIED);
        clues.copy(found, "width", TIFF.IMAGE_WIDTH);
        clues.copy(found, "height", TIFF.IMAGE_LENGTH);
        clues.copy(found, "cameraMake", TIFF.EQUIPMENT_MAKE);
        clues.copy(found, "cameraModel", TIFF.EQUIPMENT_MODEL);
        clues.copy(found, "latitude", TikaCoreProperties.LATITUDE);
        clues.copy(found, "longitude", TikaCoreProperties.LONGITUDE);
        clues.copyNamed(found, "serialNumber", List.of("serial"));
        clues.warn();
        return clues;
    }

    Map<String, String> metadata() {
        return metadata;
    }

    List<String> warnings() {
        return warnings;
    }

    /** Whether a published original would give away a place, a device or a name. */
    boolean revealing() {
        return !warnings.isEmpty();
    }

    private void warn() {
        if (metadata.containsKey("latitude") || metadata.containsKey("longitude")) {
            warnings.add("carries GPS coordinates (" + metadata.getOrDefault("latitude", "?") + ", "
                    + metadata.getOrDefault("longitude", "?") + "): they show where it was made");
        }
        if (metadata.containsKey("serialNumber")) {
            warnings.add("carries a device serial number (" + metadata.get("serialNumber")
                    + "): it identifies the camera or device");
        }
        if (metadata.containsKey("author")) {
            warnings.add("names its author: " + metadata.get("author"));
        }
        if (metadata.containsKey("lastAuthor") && !metadata.get("lastAuthor").equals(metadata.get("author"))) {
            warnings.add("names who last saved it: " + metadata.get("lastAuthor"));
        }
        if (metadata.containsKey("company")) {
            warnings.add("names a company or organisation: " + metadata.get("company"));
        }
    }

    /**
     * Values of the raw fields whose names contain one of the parts: cameras and editors write
     * serial numbers and people's names under many names (EXIF, IPTC, maker notes), which Tika
     * passes on as they are.
     */
    private void copyNamed(Metadata found, String key, List<String> nameParts) {
        String values = Arrays.stream(found.names())
                .filter(name -> nameParts.stream().anyMatch(name.toLowerCase(Locale.ROOT)::contains))
                .map(found::get)
                .filter(value -> value != null && !value.isBlank())
                .distinct()
                .collect(Collectors.joining(", "));
        put(key, values);
    }

    private void copy(Metadata found, String key, Property property) {
        String[] values = found.getValues(property);
        put(key, String.join(", ", Arrays.stream(values).filter(v -> v != null && !v.isBlank()).distinct().toList()));
    }

    private void put(String key, String value) {
        if (value == null || value.isBlank() || metadata.containsKey(key)) {
            return;
        }
        String clean = value.strip();
        metadata.put(key, clean.length() > MAX_VALUE ? clean.substring(0, MAX_VALUE) : clean);
    }
}
