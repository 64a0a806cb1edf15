package news.cms.plugins.tika;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The server's end of one {@link ReaderProcess}: sends it a file, and a thread of its own (the only
 * one it has) listens for the answer, until the process ends, for whatever reason, and the pipe
 * with it. Killing the process is how a parse is stopped; the listening thread ends with it.
 */
final class ReaderChild {

    /** Why a reader's answer never came: it ended, was killed, or sent what it should not. */
    static final class Gone extends IOException {
        Gone(String message) {
            super(message);
        }
    }

    private final Process process;
    private final DataOutputStream files;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile CompletableFuture<Reading> pending;

    private ReaderChild(Process process) {
        this.process = process;
        this.files = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 64 * 1024));
        Thread listener = new Thread(this::listen, "media-tika-reader-" + process.pid());
        listener.setDaemon(true);
        listener.start();
    }

    static ReaderChild start(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new ReaderChild(process);
    }

    /** Done when the process has loaded Tika and takes files. */
    CompletableFuture<Void> ready() {
        return ready;
    }

    boolean alive() {
        return process.isAlive() && !ready.isCompletedExceptionally();
    }

    /** Sends a file; the answer completes the future, or it fails with {@link Gone} when the process ends first. */
    CompletableFuture<Reading> send(String name, byte[] bytes) throws IOException {
        CompletableFuture<Reading> answer = new CompletableFuture<>();
        pending = answer;
        if (!process.isAlive()) {
            throw new Gone("the reader process has ended");
        }
        files.writeUTF(name.length() > 200 ? name.substring(0, 200) : name);
        files.writeInt(bytes.length);
        files.write(bytes);
        files.flush();
        return answer;
    }

    /** Ends the process at once, whatever it is doing: the one way to stop a parse that does not listen. */
    void kill() {
        process.destroyForcibly();
    }

    private void listen() {
        try (DataInputStream answers = new DataInputStream(new BufferedInputStream(process.getInputStream()))) {
            expect(answers, ReaderProcess.READY);
            ready.complete(null);
            while (true) {
                expect(answers, ReaderProcess.DONE);
                Reading reading = Reading.readFrom(answers);
                CompletableFuture<Reading> answer = pending;
                if (answer != null) {
                    answer.complete(reading);
                }
            }
        } catch (IOException e) {
            Gone gone = e instanceof Gone g ? g : new Gone("the reader process ended: " + e.getMessage());
            ready.completeExceptionally(gone);
            CompletableFuture<Reading> answer = pending;
            if (answer != null) {
                answer.completeExceptionally(gone);
            }
            process.destroyForcibly();
        }
    }

    private static void expect(DataInputStream answers, int kind) throws IOException {
        int got = answers.read();
        if (got == -1) {
            throw new EOFException("the reader process ended");
        }
        if (got != kind) {
            throw new Gone("the reader process sent " + got + " where " + kind + " was due");
        }
    }
}
