package news.cms.plugins.tika;

import news.cms.plugin.api.PluginContext;
import news.cms.plugin.api.media.MediaInput;
import news.cms.plugin.api.media.MediaProcessor;
import news.cms.plugin.api.media.MediaResult;
import org.apache.tika.metadata.Metadata;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The media processor of the Tika plugin: the file's real type from its bytes (its name and the
 * declared type are only hints), refusal of programs and of types the newsroom does not take, the
 * text and the metadata, and warnings about what could lead back to a source. It makes no public
 * copies: the server draws a picture's public files from its decoded pixels (issue 14), and a
 * document that names people is withheld from readers. A file Tika cannot read, that hits a limit or that takes
 * too long is refused with the reason: a hostile file is the file's fault, not the plugin's.
 *
 * <p>Tika parses in reader processes of its own ({@link ReaderPool}), never in the server: a parse
 * that spins or swallows memory is ended by killing its process, which leaves no thread behind.
 * Limits, besides the host's size cap and time limit: {@code readers} processes (2) of
 * {@code reader-heap} (512m) each; {@code time-limit} per file (20 s; a number is seconds, or say
 * {@code 500ms}); {@code wait-limit} for a free reader (8 s); {@code text-limit} characters of text
 * (more is cut, and the metadata says {@code textTruncated}); Tika's zip-bomb guard (output over 100
 * times the input once past 1M characters, XML nesting over 100, package nesting over 10);
 * embedded documents are not opened.
 */
public class TikaMediaProcessor implements MediaProcessor, AutoCloseable {

    private static final int DEFAULT_TEXT_LIMIT = 1_000_000;
    private static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);
    private static final Duration DEFAULT_WAIT_LIMIT = Duration.ofSeconds(8);

    private final ReaderPool readers;

    public TikaMediaProcessor(PluginContext context) {
        this.readers = new ReaderPool(new ReaderPool.Limits(
                context.setting("readers").map(Integer::parseInt).orElse(2),
                context.setting("reader-heap").orElse("512m"),
                context.setting("text-limit").map(Integer::parseInt).orElse(DEFAULT_TEXT_LIMIT),
                context.setting("time-limit").map(TikaMediaProcessor::duration).orElse(DEFAULT_TIME_LIMIT),
                context.setting("wait-limit").map(TikaMediaProcessor::duration).orElse(DEFAULT_WAIT_LIMIT)));
    }

    /** A number of seconds, or a number with {@code ms} or {@code s}: {@code 20}, {@code 20s}, {@code 500ms}. */
    static Duration duration(String setting) {
        String value = setting.strip();
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
        }
        if (value.endsWith("s")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }

    @Override
    public MediaResult process(MediaInput input) {
        Reading reading;
        try {
            reading = readers.read(input.filename(), input.bytes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + input.filename(), e);
        }
        if (reading.refusal() != null) {
            return MediaResult.refused(reading.type(), reading.refusal());
        }
        return describe(reading);
    }

    private static MediaResult describe(Reading reading) {
        Metadata found = new Metadata();
        for (Map.Entry<String, List<String>> field : reading.metadata().entrySet()) {
            field.getValue().forEach(value -> found.add(field.getKey(), value));
        }
        SourceClues clues = SourceClues.of(found);
        String type = reading.type();
        MediaResult result = MediaResult.of(type).withText(reading.text().isEmpty() ? null : reading.text());
        for (Map.Entry<String, String> entry : clues.metadata().entrySet()) {
            result = result.withMetadata(entry.getKey(), entry.getValue());
        }
        if (reading.truncated()) {
            result = result.withMetadata("textTruncated", "true");
        }
        for (String warning : clues.warnings()) {
            result = result.withWarning(warning);
        }
        if (clues.revealing() && !type.startsWith("image/")) { // the server draws a picture's public files from its pixels
            result = result.withWarning("no public copy: this plugin cannot remove the metadata of " + type
                    + " files; remove it and upload the file again to publish it");
        }
        return result;
    }

    @Override
    public void close() {
        readers.close();
    }
}
