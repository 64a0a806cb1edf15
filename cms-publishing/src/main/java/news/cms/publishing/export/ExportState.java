package news.cms.publishing.export;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one export wrote, kept beside its generation for the next incremental export: when it read
 * the stories, a fingerprint of everything else a page shows (settings, sections, authors), and for
 * every story it exported the URL of its article and of each listing it was on. A text file of one
 * line a story, written and read as a stream, never held whole.
 *
 * @param exportedAt  the moment the export read the stories as of
 * @param fingerprint {@link SiteFingerprint} at that moment
 */
record ExportState(Instant exportedAt, String fingerprint) {

    private static final String HEADER = "cms-static-export 1";

    /** Where one exported story was: its article's URL and the URLs of its listings. */
    record Entry(long id, String article, List<String> listings) {
    }

    /** The head of a state file; empty when there is none or it is not one this version wrote. */
    static Optional<ExportState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                return Optional.empty();
            }
            String at = in.readLine();
            String fingerprint = in.readLine();
            if (at == null || fingerprint == null || !at.startsWith("exported-at ") || !fingerprint.startsWith("fingerprint ")) {
                return Optional.empty();
            }
            return Optional.of(new ExportState(Instant.parse(at.substring(12)), fingerprint.substring(12)));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The entries of the stories {@code ids} that the state's export wrote, read line by line. */
    static Map<Long, Entry> entries(Path file, Set<Long> ids) {
        Map<Long, Entry> found = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int skip = 0; skip < 3; skip++) {
                in.readLine();
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                long id = Long.parseLong(line.substring(0, tab));
                if (ids.contains(id)) {
                    String[] fields = line.split("\t");
                    found.put(id, new Entry(id, fields[1], List.of(Arrays.copyOfRange(fields, 2, fields.length))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the last export's state " + file, e);
        } catch (RuntimeException e) {
            throw new ExportException("The last export's state " + file + " is damaged: run a full export", e);
        }
        return found;
    }

    /** Writes a state file, an entry at a time. */
    static final class Writer implements AutoCloseable {

        private final BufferedWriter out;

        Writer(Path file, ExportState state) {
            try {
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                out.write(HEADER + "\nexported-at " + state.exportedAt() + "\nfingerprint " + state.fingerprint() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the export's state " + file, e);
            }
        }

        void add(Entry entry) {
            try {
                out.write(Long.toString(entry.id()));
                out.write('\t');
                out.write(entry.article());
                for (String listing : entry.listings()) {
                    out.write('\t');
                    out.write(listing);
                }
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the export's state", e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the export's state", e);
            }
        }
    }
}
