package news.cms.pictures.inspect;

import news.cms.pictures.SourceWarning;
import news.cms.pictures.SourceWarning.Kind;

/** The sentences the desk shows for what a picture reveals; they name the tag, never its value. */
final class Warnings {

    private static final String KEPT_OUT = " No public file carries it; the original, which only the newsroom sees, still does.";

    private Warnings() {
    }

    static SourceWarning location(String where, String tag) {
        return new SourceWarning(Kind.LOCATION, where, "The picture carries GPS coordinates (" + where + " " + tag
                + "): where it was taken." + KEPT_OUT);
    }

    static SourceWarning of(Kind kind, String where, String tag) {
        if (kind == Kind.LOCATION) {
            return location(where, tag);
        }
        String what = kind == Kind.SERIAL_NUMBER
                ? "a camera or lens serial number (" + where + " " + tag + "): it ties the picture to one device and its owner."
                : "a person's name (" + where + " " + tag + "): who took it, owns it or is credited.";
        return new SourceWarning(kind, where, "The picture carries " + what + KEPT_OUT);
    }
}
