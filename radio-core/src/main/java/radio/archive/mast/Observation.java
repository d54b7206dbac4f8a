package radio.archive.mast;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CAOM observation row ({@code Mast.Caom.Filtered}, {@code .Position}, {@code Cone}), with the columns a
 * light-curve search needs. Columns missing from older schemas are empty, never guessed.
 *
 * @param obsid           the product-group id: the key for {@code Mast.Caom.Products} (may exceed 2^31)
 * @param obsId           the mission's observation id, e.g. {@code ktwo228725972-c10_lc}
 * @param targetName      mission target id, e.g. {@code ktwo228725972}, {@code kplr006507433}, {@code 74534430}
 * @param obsCollection   archive collection: {@code K2}, {@code Kepler}, {@code TESS}, {@code HLSP}, ...
 * @param project         mission the data belongs to (also for HLSP rows)
 * @param provenanceName  pipeline, e.g. {@code K2}, {@code SPOC}, {@code K2SFF}
 * @param dataproductType {@code timeseries}, {@code cube}, {@code image}, ...
 * @param exptimeSeconds  {@code t_exptime}: the cadence in seconds (1800 = K2/Kepler long cadence)
 * @param sequenceNumber  K2 campaign / TESS sector; empty for Kepler ({@code -999})
 * @param ra              {@code s_ra}, degrees
 * @param dec             {@code s_dec}, degrees
 * @param dataUrl         a representative product's URI ({@code dataURL})
 * @param distance        {@code distance} of positional queries (0 inside the footprint)
 * @param tMin            {@code t_min}: start of the observation, MJD
 */
public record Observation(long obsid, String obsId, String targetName, String obsCollection, Optional<String> project,
                          Optional<String> provenanceName, Optional<String> dataproductType,
                          OptionalDouble exptimeSeconds, OptionalLong sequenceNumber, OptionalDouble ra,
                          OptionalDouble dec, Optional<String> dataUrl, OptionalDouble distance,
                          OptionalDouble tMin) {
    private static final Logger LOG = LoggerFactory.getLogger(Observation.class);

    public Observation {
        Objects.requireNonNull(obsId, "obsId");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(obsCollection, "obsCollection");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(provenanceName, "provenanceName");
        Objects.requireNonNull(dataproductType, "dataproductType");
        Objects.requireNonNull(exptimeSeconds, "exptimeSeconds");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(ra, "ra");
        Objects.requireNonNull(dec, "dec");
        Objects.requireNonNull(dataUrl, "dataUrl");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(tMin, "tMin");
    }

    /**
     * The observation in a row, or empty (logged at debug) when the row lacks {@code obsid}, {@code obs_id},
     * {@code target_name} or {@code obs_collection}.
     */
    public static Optional<Observation> fromRow(MastRow r) {
        OptionalLong obsid = r.integer("obsid");
        Optional<String> obsId = r.text("obs_id");
        Optional<String> target = r.text("target_name");
        Optional<String> coll = r.text("obs_collection");
        if (obsid.isEmpty() || obsId.isEmpty() || target.isEmpty() || coll.isEmpty()) {
            LOG.debug("skipping an observation row without obsid/obs_id/target_name/obs_collection: {}", r);
            return Optional.empty();
        }
        return Optional.of(new Observation(obsid.getAsLong(), obsId.get(), target.get(), coll.get(),
                r.text("project"), r.text("provenance_name"), r.text("dataproduct_type"), r.real("t_exptime"),
                r.integer("sequence_number"), r.real("s_ra"), r.real("s_dec"), r.text("dataURL"),
                r.real("distance"), r.real("t_min")));
    }

    /** FFI groups ({@code TESS FFI}, {@code TICA FFI}) are far too large to list products for. */
    public boolean isFullFrameImageGroup() {
        return targetName.equalsIgnoreCase("TESS FFI") || targetName.equalsIgnoreCase("TICA FFI");
    }
}
