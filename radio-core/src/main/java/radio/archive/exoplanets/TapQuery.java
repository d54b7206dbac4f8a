package radio.archive.exoplanets;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One synchronous TAP query: ADQL text and an optional row cap ({@code maxrec}; the archive gives no sign in its
 * JSON that the cap cut the result). Always answered in JSON, the one format radio reads. A trailing {@code ;},
 * which the service rejects, is removed. Immutable.
 */
public record TapQuery(String adql, OptionalInt maxrec) {
    public TapQuery {
        Objects.requireNonNull(adql, "adql");
        adql = adql.strip().replaceAll(";+$", "").strip();
        if (adql.isEmpty()) {
            throw new IllegalArgumentException("ADQL query is blank");
        }
        Objects.requireNonNull(maxrec, "maxrec");
        if (maxrec.isPresent() && maxrec.getAsInt() < 0) {
            throw new IllegalArgumentException("maxrec must not be negative: " + maxrec.getAsInt());
        }
    }

    /** A JSON query without a row cap. */
    public static TapQuery json(String adql) {
        return new TapQuery(adql, OptionalInt.empty());
    }
}
