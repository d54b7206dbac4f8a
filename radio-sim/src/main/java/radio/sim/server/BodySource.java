package radio.sim.server;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a slice of a response body. */
@FunctionalInterface
public interface BodySource {
    /** Writes {@code length} bytes starting at {@code offset} of the body. */
    void write(OutputStream out, long offset, long length) throws IOException;
}
