package radio.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One MAST observation found for a target, as kept in the catalog.
 *
 * @param obsid         MAST's product-group id ({@code obsid}), the key for product queries
 * @param obsId         the observation id ({@code obs_id}), e.g. {@code ktwo228725972-c10_lc}
 * @param obsCollection mission, e.g. {@code K2}
 * @param targetName    MAST's {@code target_name}, when given
 * @param tExptime      exposure time in seconds, when given
 * @param project       the mission the data belong to ({@code project}; also for HLSP rows), when given
 * @param provenanceName the pipeline or team ({@code provenance_name}), when given
 * @param sequenceNumber K2 campaign or TESS sector ({@code sequence_number}), when given
 * @param tMin          start of the observation, MJD ({@code t_min}), when given
 */
public record ObservationRow(String obsid, String obsId, String obsCollection, Optional<String> targetName,
                             OptionalDouble tExptime, Optional<String> project, Optional<String> provenanceName,
                             OptionalLong sequenceNumber, OptionalDouble tMin) {
    public ObservationRow {
        Rows.requireText("obsid", obsid);
        Rows.requireText("obsId", obsId);
        Rows.requireText("obsCollection", obsCollection);
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(tExptime, "tExptime");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(provenanceName, "provenanceName");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(tMin, "tMin");
    }
}
