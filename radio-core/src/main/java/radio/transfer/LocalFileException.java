package radio.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import radio.output.IoReasons;

/**
 * The local disk refused a file operation of an item (a full disk, permissions changed under a running download):
 * names the destination and the operating system's reason. Not retried: the next item will learn the same.
 */
public final class LocalFileException extends TransferException {
    private static final long serialVersionUID = 1L;

    private final transient Path destination;

    LocalFileException(String uri, Path destination, IOException cause) {
        super(uri, "cannot write " + Objects.requireNonNull(destination, "destination") + ": " + IoReasons.of(cause),
                cause);
        this.destination = destination;
    }

    /** Where the file was to go. */
    public Path destination() {
        return destination;
    }
}
