package radio.sim.mast;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import radio.sim.catalogue.Observation;

/**
 * The columns of CAOM observation rows, in MAST's current response order (33 columns), followed by the two
 * columns positional services add ({@code objID1}, {@code distance}). Declared types are MAST's, which is why
 * {@code obsid}/{@code objID} are {@code string} although the values are JSON numbers.
 */
enum ObservationColumn {
    INTENT_TYPE("intentType", "string", Observation::intentType),
    OBS_COLLECTION("obs_collection", "string", Observation::obsCollection),
    PROVENANCE_NAME("provenance_name", "string", Observation::provenanceName),
    INSTRUMENT_NAME("instrument_name", "string", Observation::instrumentName),
    PROJECT("project", "string", Observation::project),
    FILTERS("filters", "string", Observation::filters),
    WAVELENGTH_REGION("wavelength_region", "string", Observation::wavelengthRegion),
    TARGET_NAME("target_name", "string", Observation::targetName),
    TARGET_CLASSIFICATION("target_classification", "string", Observation::targetClassification),
    OBS_ID("obs_id", "string", Observation::obsId),
    S_RA("s_ra", "float", Observation::sRa),
    S_DEC("s_dec", "float", Observation::sDec),
    DATAPRODUCT_TYPE("dataproduct_type", "string", Observation::dataproductType),
    PROPOSAL_PI("proposal_pi", "string", Observation::proposalPi),
    CALIB_LEVEL("calib_level", "int", Observation::calibLevel),
    T_MIN("t_min", "float", Observation::tMin),
    T_MAX("t_max", "float", Observation::tMax),
    T_EXPTIME("t_exptime", "float", Observation::tExptime),
    EM_MIN("em_min", "float", Observation::emMin),
    EM_MAX("em_max", "float", Observation::emMax),
    OBS_TITLE("obs_title", "string", Observation::obsTitle),
    T_OBS_RELEASE("t_obs_release", "float", Observation::tObsRelease),
    PROPOSAL_ID("proposal_id", "string", Observation::proposalId),
    PROPOSAL_TYPE("proposal_type", "string", Observation::proposalType),
    SEQUENCE_NUMBER("sequence_number", "int", Observation::sequenceNumber),
    S_REGION("s_region", "string", Observation::sRegion),
    JPEG_URL("jpegURL", "string", Observation::jpegUrl),
    DATA_URL("dataURL", "string", Observation::dataUrl),
    DATA_RIGHTS("dataRights", "string", Observation::dataRights),
    MT_FLAG("mtFlag", "boolean", Observation::mtFlag),
    SRC_DEN("srcDen", "float", Observation::srcDen),
    OBSID("obsid", "string", Observation::obsid),
    OBJ_ID("objID", "string", Observation::objId),
    OBJ_ID1("objID1", "string", Observation::objId),
    DISTANCE("distance", "float", o -> null);

    /** The 33 columns every observation query returns. */
    static final List<ObservationColumn> STANDARD = List.copyOf(Arrays.asList(values()).subList(0, 33));
    /** {@code Mast.Caom.Filtered.Position}: standard columns plus objID1 and distance. */
    static final List<ObservationColumn> POSITION = List.copyOf(Arrays.asList(values()));
    /** {@code Mast.Caom.Cone}: standard columns plus distance. */
    static final List<ObservationColumn> CONE;

    static {
        List<ObservationColumn> cone = new java.util.ArrayList<>(STANDARD);
        cone.add(DISTANCE);
        CONE = List.copyOf(cone);
    }

    private static final Map<String, ObservationColumn> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(c -> c.name.toLowerCase(Locale.ROOT), c -> c));

    final String name;
    final String type;
    private final Function<Observation, Object> accessor;

    ObservationColumn(String name, String type, Function<Observation, Object> accessor) {
        this.name = name;
        this.type = type;
        this.accessor = accessor;
    }

    /** The value of this column in a row ({@code distance} is supplied by the positional query). */
    Object value(Observation o, Double distance) {
        return this == DISTANCE ? distance : accessor.apply(o);
    }

    /** Continuous columns take {@code {"min":..,"max":..}} ranges in filters (mast-api.md section 3.4). */
    boolean continuous() {
        return "float".equals(type);
    }

    /** Columns whose values may hold several {@code ;}-separated entries. */
    boolean separated() {
        return this == OBS_COLLECTION || this == PROJECT || this == FILTERS || this == WAVELENGTH_REGION
                || this == TARGET_CLASSIFICATION;
    }

    /** Case-insensitive lookup among the columns a service offers. */
    static Optional<ObservationColumn> find(String name, List<ObservationColumn> offered) {
        ObservationColumn c = BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
        return c != null && offered.contains(c) ? Optional.of(c) : Optional.empty();
    }
}
