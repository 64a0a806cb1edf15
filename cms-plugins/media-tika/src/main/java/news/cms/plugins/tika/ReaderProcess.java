package news.cms.plugins.tika;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reader process: a JVM of its own that Tika parses in, one file at a time, so that a parse
 * that spins or swallows memory can be ended by ending the process ({@link ReaderPool}), which no
 * thread can be made to do. Reads {@code name, size, bytes} from stdin, answers a {@link Reading}
 * on stdout; stdout carries nothing else (whatever prints goes to stderr). Ends when stdin closes:
 * a server that dies takes its readers with it.
 */
public final class ReaderProcess {

    /** Sent once Tika's parsers are loaded: the time limit of the first file does not pay for it. */
    static final int READY = 'R';
    static final int DONE = 'D';

    private final AutoDetectParser parser;
    private final int textLimit;

    private ReaderProcess(int textLimit) throws Exception {
        this.textLimit = textLimit;
        this.parser = new AutoDetectParser(new TikaConfig(ReaderProcess.class.getClassLoader()));
        this.parser.setAutoDetectParserConfig(zipBombGuard());
    }

    public static void main(String[] args) throws Exception {
        DataOutputStream answers = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        ReaderProcess reader = new ReaderProcess(Integer.parseInt(args[0]));
        reader.read("warm-up.txt", "warm up".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        answers.writeByte(READY);
        answers.flush();
        DataInputStream files = new DataInputStream(new BufferedInputStream(System.in));
        while (true) {
            String name;
            byte[] bytes;
            try {
                name = files.readUTF();
                bytes = files.readNBytes(files.readInt());
            } catch (EOFException serverGone) {
                return;
            }
            Reading reading = reader.read(name, bytes);
            answers.writeByte(DONE);
            reading.writeTo(answers);
            answers.flush();
        }
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

    private Reading read(String name, byte[] bytes) {
        Metadata found = new Metadata();
        found.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String type;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            type = parser.getDetector().detect(in, found).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return Reading.refused(null, "The file's type cannot be told: " + reason(e));
        }
        Optional<String> refusal = AcceptedTypes.refusal(type);
        if (refusal.isPresent()) {
            return Reading.refused(type, "The file " + refusal.get());
        }
        BodyContentHandler text = new BodyContentHandler(textLimit);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, text, found, new ParseContext());
        } catch (Exception | StackOverflowError e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return Reading.refused(type, "The file cannot be read as " + type + ": " + reason(e));
            }
            truncated = true;
        }
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (String field : found.names()) {
            metadata.put(field, Arrays.asList(found.getValues(field)));
        }
        return new Reading(type, null, text.toString().strip(), truncated, metadata);
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
}
