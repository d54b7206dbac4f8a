package radio.archive.exoplanets;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One synchronous TAP query: ADQL text, output format and an optional row cap ({@code maxrec}; the archive
 * gives no sign in JSON/CSV/TSV that the cap cut the result). A trailing {@code ;}, which the service rejects,
 * is removed. Immutable.
 */
public record TapQuery(String adql, TapFormat format, OptionalInt maxrec) {
    public TapQuery {
        Objects.requireNonNull(adql, "adql");
        adql = adql.strip().replaceAll(";+$", "").strip();
        if (adql.isEmpty()) {
            throw new IllegalArgumentException("ADQL query is blank");
        }
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(maxrec, "maxrec");
        if (maxrec.isPresent() && maxrec.getAsInt() < 0) {
            throw new IllegalArgumentException("maxrec must not be negative: " + maxrec.getAsInt());
        }
    }

    /** A JSON query without a row cap. */
    public static TapQuery json(String adql) {
        return new TapQuery(adql, TapFormat.JSON, OptionalInt.empty());
    }
}
