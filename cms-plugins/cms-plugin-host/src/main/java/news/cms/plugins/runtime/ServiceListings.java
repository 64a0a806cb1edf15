package news.cms.plugins.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a {@code META-INF/services} file: one class name a line, {@code #} starts a comment. A file
 * larger than a plugin could honestly need is refused rather than read into memory.
 */
public final class ServiceListings {

    private static final int MAX_CHARS = 64 * 1024;

    private ServiceListings() {
    }

    public static Set<String> read(InputStream in) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        int total = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                total += line.length() + 1;
                if (total > MAX_CHARS) {
                    throw new IOException("a services file longer than " + MAX_CHARS + " characters");
                }
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
