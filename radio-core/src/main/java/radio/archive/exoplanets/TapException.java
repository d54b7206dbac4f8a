package radio.archive.exoplanets;

import java.net.URI;
import radio.archive.ArchiveException;

/**
 * The Exoplanet Archive refused a query — usually with HTTP 200 and an error body (JSON {@code msg}, VOTable
 * {@code QUERY_STATUS=ERROR}, or the legacy API's {@code ERROR<br>}). {@link #archiveMessage()} is the
 * archive's own text, e.g. {@code ORA-00904: "KEPID": invalid identifier}.
 */
public final class TapException extends ArchiveException {
    private static final long serialVersionUID = 1L;
    private final String archiveMessage;

    public TapException(URI uri, String archiveMessage) {
        super(uri, "Exoplanet Archive query failed: " + archiveMessage, null);
        this.archiveMessage = archiveMessage;
    }

    public String archiveMessage() {
        return archiveMessage;
    }
}
