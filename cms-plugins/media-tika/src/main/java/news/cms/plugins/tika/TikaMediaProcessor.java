package news.cms.plugins.tika;

import news.cms.plugin.api.PluginContext;
import news.cms.plugin.api.media.MediaInput;
import news.cms.plugin.api.media.MediaProcessor;
import news.cms.plugin.api.media.MediaResult;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The media processor of the Tika plugin: the file's real type from its bytes (its name and the
 * declared type are only hints), refusal of programs and of types the newsroom does not take, the
 * text and the metadata, warnings about what could lead back to a source, and for JPEG and PNG a
 * public copy without that metadata. A file Tika cannot read, that hits a limit or that takes
 * too long is refused with the reason: a hostile file is the file's fault, not the plugin's.
 *
 * <p>Limits, besides the host's size cap and time limit: {@code text-limit} characters of text
 * (more is cut, and the metadata says {@code textTruncated}); {@code time-limit} seconds per
 * file; Tika's zip-bomb guard (output over 100 times the input once past 1M characters, XML
 * nesting over 100, package nesting over 10); embedded documents are not opened.
 */
public class TikaMediaProcessor implements MediaProcessor, AutoCloseable {

    private static final int DEFAULT_TEXT_LIMIT = 1_000_000;
    private static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    private final ClassLoader plugin = TikaMediaProcessor.class.getClassLoader();
    /** Made on first use: loading Tika's parsers takes longer than the host allows a constructor. */
    private volatile AutoDetectParser parser;
    private final int textLimit;
    private final Duration timeLimit;
    private final ExecutorService readers;

    public TikaMediaProcessor(PluginContext context) {
        this.textLimit = context.setting("text-limit").map(Integer::parseInt).orElse(DEFAULT_TEXT_LIMIT);
        this.timeLimit = context.setting("time-limit").map(s -> Duration.ofSeconds(Long.parseLong(s)))
                .orElse(DEFAULT_TIME_LIMIT);
        this.readers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "media-tika-reader");
            thread.setDaemon(true);
            thread.setContextClassLoader(plugin);
            return thread;
        });
    }

    private AutoDetectParser parser() throws IOException, TikaException {
        AutoDetectParser made = parser;
        if (made == null) {
            synchronized (this) {
                made = parser;
                if (made == null) {
                    made = new AutoDetectParser(new TikaConfig(plugin));
                    made.setAutoDetectParserConfig(zipBombGuard());
                    parser = made;
                }
            }
        }
        return made;
    }

    /** SecureContentHandler's limits, which AutoDetectParser applies to every parse. */
    private static AutoDetectParserConfig zipBombGuard() {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setOutputThreshold(1_000_000);
        config.setMaximumCompressionRatio(100);
        config.setMaximumDepth(100);
        config.setMaximumPackageEntryDepth(10);
        return config;
    }

    @Override
    public MediaResult process(MediaInput input) {
        Future<MediaResult> reading = readers.submit(() -> read(input));
        try {
            return reading.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            return MediaResult.refused(null, "The file took longer than " + timeLimit.toSeconds()
                    + " s to read; it may be malformed or built to exhaust the reader");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MalformedFileException malformed) {
                return MediaResult.refused(null, "The file cannot be read: " + malformed.getMessage());
            }
            throw new IllegalStateException("Reading " + input.filename() + " failed", e.getCause());
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + input.filename(), e);
        }
    }

    private MediaResult read(MediaInput input) throws IOException, TikaException {
        AutoDetectParser parser = parser();
        Metadata found = new Metadata();
        found.set(TikaCoreProperties.RESOURCE_NAME_KEY, input.filename());
        String type;
        try (TikaInputStream in = TikaInputStream.get(input.bytes())) {
            type = parser.getDetector().detect(in, found).getBaseType().toString();
        }
        Optional<String> refusal = AcceptedTypes.refusal(type);
        if (refusal.isPresent()) {
            return MediaResult.refused(type, "The file " + refusal.get());
        }
        BodyContentHandler text = new BodyContentHandler(textLimit);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(input.bytes())) {
            parser.parse(in, text, found, new ParseContext());
        } catch (Exception | StackOverflowError e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return MediaResult.refused(type, "The file cannot be read as " + type + ": " + reason(e));
            }
            truncated = true;
        }
        return describe(input, type, text.toString().strip(), truncated, SourceClues.of(found));
    }

    private static MediaResult describe(MediaInput input, String type, String text, boolean truncated,
                                        SourceClues clues) {
        MediaResult result = MediaResult.of(type).withText(text.isEmpty() ? null : text);
        for (Map.Entry<String, String> entry : clues.metadata().entrySet()) {
            result = result.withMetadata(entry.getKey(), entry.getValue());
        }
        if (truncated) {
            result = result.withMetadata("textTruncated", "true");
        }
        for (String warning : clues.warnings()) {
            result = result.withWarning(warning);
        }
        byte[] cleaned = switch (type) {
            case "image/jpeg" -> JpegCleaner.clean(input.bytes());
            case "image/png" -> PngCleaner.clean(input.bytes());
            default -> null;
        };
        if (cleaned != null) {
            return result.withPublicCopy(cleaned);
        }
        if (clues.revealing()) {
            result = result.withWarning("no public copy: this plugin cannot remove the metadata of " + type
                    + " files; remove it and upload the file again to publish it");
        }
        return result;
    }

    /** The innermost message: Tika wraps a parser's complaint in several layers. */
    private static String reason(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
