package news.cms.plugins.tika;

import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a newsroom takes, by the type the bytes show: images, PDF, Office and
 * OpenDocument documents, HTML and plain text. Anything else is refused, executables with a reason
 * that says so: an archive, a program or a file type nobody checks for metadata has no place in
 * the media library.
 */
final class AcceptedTypes {

    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");
    private static final Set<String> DOCUMENTS = Set.of("application/pdf", "text/plain", "text/html", "text/csv",
            "application/rtf", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");
    private static final Set<String> DOCUMENT_FAMILIES = Set.of("application/vnd.openxmlformats-officedocument.",
            "application/vnd.oasis.opendocument.");
    private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-mach-o-executable",
            "application/x-sharedlib", "application/java-archive", "application/java-vm", "application/x-sh",
            "application/x-bat", "application/x-ms-installer", "application/vnd.microsoft.portable-executable");

    private AcceptedTypes() {
    }

    /** Why a file of this type is refused, or empty when the newsroom takes it. */
    static Optional<String> refusal(String type) {
        if (type.startsWith("application/x-msdownload") || EXECUTABLES.contains(type)) {
            return Optional.of("is a program (" + type + "), whatever its name says");
        }
        if (IMAGES.contains(type) || DOCUMENTS.contains(type)
                || DOCUMENT_FAMILIES.stream().anyMatch(type::startsWith)) {
            return Optional.empty();
        }
        return Optional.of("is " + type + ", which the newsroom does not take (images, PDF, Office, OpenDocument, "
                + "HTML and plain text only)");
    }
}
