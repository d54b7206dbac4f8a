package radio.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Standard output that remembers why it could not be written. {@code PrintWriter} swallows write errors and keeps
 * only a flag; this keeps the first {@code IOException}, so the command can say "No space left on device". After a
 * failure further writes are dropped: a command writing to a full disk finishes its work and then fails once.
 */
final class CheckedOutputStream extends FilterOutputStream {
    private IOException failure;

    CheckedOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            return;
        }
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
        }
    }

    @Override
    public synchronized void flush() {
        if (failure != null) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
        }
    }

    /** The first write failure, if any. */
    synchronized Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** The reader of a pipe went away ({@code radio targets | head}). */
    static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("broken pipe");
    }
}
