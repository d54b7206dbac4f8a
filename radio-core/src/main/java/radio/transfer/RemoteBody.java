package radio.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An open response body positioned at {@link #start()}: either the whole object ({@code start == 0}) or the rest
 * of it from the requested offset. Read on one thread; {@link #abort()} may be called from another to make a
 * blocked read fail.
 *
 * @param in     the body
 * @param start  the object offset of the body's first byte: 0, or exactly the offset asked for
 * @param object the object's size (whole object, not the body), ETag and Last-Modified, as far as given
 * @param abort  drops the connection under the body
 */
record RemoteBody(InputStream in, long start, RemoteObject object, Runnable abort) implements Closeable {
    RemoteBody {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(abort, "abort");
    }

    void abortQuietly() {
        abort.run();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
