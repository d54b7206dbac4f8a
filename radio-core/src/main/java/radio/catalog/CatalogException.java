package radio.catalog;

import java.nio.file.Path;

/**
 * The catalog database could not be read or written: a locked, corrupt, unwritable or newer-than-known file.
 * Carries the database file so the message can tell the user what to inspect or delete.
 */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path database;

    public CatalogException(Path database, String message, Throwable cause) {
        super("catalog " + database + ": " + message, cause);
        this.database = database;
    }

    /** The catalog file concerned. */
    public Path database() {
        return database;
    }
}
