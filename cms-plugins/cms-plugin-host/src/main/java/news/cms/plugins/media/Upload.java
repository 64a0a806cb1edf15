package news.cms.plugins.media;

import io.micronaut.core.annotation.Nullable;

/**
 * A file as it came in, before anything looked at it.
 *
 * @param filename     the uploader's name for it, without any directory part
 * @param declaredType the Content-Type the uploader sent, or null
 */
record Upload(String filename, @Nullable String declaredType, byte[] bytes) {

    private static final int MAX_NAME = 200;

    /** The last part of a path a browser may send (C:\photos\a.jpg), without control characters. */
    static String cleanName(@Nullable String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
