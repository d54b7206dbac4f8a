package radio.sim.catalogue;

import java.util.Objects;

/**
 * One CAOM observation row, with the 33 columns of MAST's current {@code Mast.Caom.*} schema in response order
 * (mast-api.md section 4.1), followed by two fields that are not columns: the target it belongs to and its
 * footprint. Numbers that MAST sends as integer literals although the column is {@code float} (e.g.
 * {@code t_exptime} 1800) are held as {@link Integer}; {@code null} means JSON null.
 */
public record Observation(String intentType, String obsCollection, String provenanceName, String instrumentName,
                          String project, String filters, String wavelengthRegion, String targetName,
                          String targetClassification, String obsId, double sRa, double sDec,
                          String dataproductType, String proposalPi, int calibLevel, double tMin, double tMax,
                          Number tExptime, Number emMin, Number emMax, String obsTitle, Number tObsRelease,
                          String proposalId, String proposalType, int sequenceNumber, String sRegion,
                          String jpegUrl, String dataUrl, String dataRights, Boolean mtFlag, Number srcDen,
                          long obsid, long objId, Target target, Footprint footprint) {
    public Observation {
        Objects.requireNonNull(obsCollection, "obsCollection");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(obsId, "obsId");
        Objects.requireNonNull(tExptime, "tExptime");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(footprint, "footprint");
    }
}
