package radio.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The complete answer of one search for one target under one selection, recorded as a unit: recording it
 * replaces whatever was known for the same target and selection. An empty product list is a real answer
 * ("MAST has nothing"), distinct from "never searched".
 *
 * @param target       the target name as the user gave it
 * @param selection    the caller's canonical description of the search criteria (mission, exposure, products,
 *                     radius…); opaque to the catalog and compared exactly
 * @param fetchedAt    when the archive answered
 * @param observations observations found
 * @param products     products found, in the order to present them
 */
public record SearchRecord(String target, String selection, Instant fetchedAt, List<ObservationRow> observations,
                           List<ProductRow> products) {
    public SearchRecord {
        Rows.requireText("target", target);
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        observations = List.copyOf(observations);
        products = List.copyOf(products);
    }
}
