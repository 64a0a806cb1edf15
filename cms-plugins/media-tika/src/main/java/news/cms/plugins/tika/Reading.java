package news.cms.plugins.tika;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader process found in one file, as it crosses the pipe back to the server: the type the
 * bytes show, and either why the file is refused or its text and Tika's metadata. Written and read
 * here only, so both ends agree on the layout.
 *
 * @param type      the detected media type
 * @param refusal   why the file is refused, or null
 * @param text      the extracted text ("" when none)
 * @param truncated whether the text was cut at the text limit
 * @param metadata  Tika's metadata, name to values
 */
record Reading(String type, String refusal, String text, boolean truncated, Map<String, List<String>> metadata) {

    /** Longest string sent: a file may put anything in its metadata. */
    private static final int MAX_STRING = 4 * 1024 * 1024;

    static Reading refused(String type, String reason) {
        return new Reading(type, reason, "", false, Map.of());
    }

    void writeTo(DataOutputStream out) throws IOException {
        write(out, type);
        out.writeBoolean(refusal != null);
        if (refusal != null) {
            write(out, refusal);
            return;
        }
        write(out, text);
        out.writeBoolean(truncated);
        out.writeInt(metadata.size());
        for (Map.Entry<String, List<String>> entry : metadata.entrySet()) {
            write(out, entry.getKey());
            out.writeInt(entry.getValue().size());
            for (String value : entry.getValue()) {
                write(out, value);
            }
        }
    }

    static Reading readFrom(DataInputStream in) throws IOException {
        String type = read(in);
        if (in.readBoolean()) {
            return refused(type, read(in));
        }
        String text = read(in);
        boolean truncated = in.readBoolean();
        int names = in.readInt();
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (int i = 0; i < names; i++) {
            String name = read(in);
            int count = in.readInt();
            String[] values = new String[count];
            for (int v = 0; v < count; v++) {
                values[v] = read(in);
            }
            metadata.put(name, List.of(values));
        }
        return new Reading(type, null, text, truncated, metadata);
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, MAX_STRING);
        out.writeInt(length);
        out.write(bytes, 0, length);
    }

    private static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("the reader process sent a string of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
