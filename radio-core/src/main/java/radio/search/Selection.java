package radio.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;

/**
 * Which observations and products of a target are wanted. Every part is optional: an empty selection keeps
 * everything except full-frame-image groups. {@code radio search K2-18 --mission K2 --exptime 1800 --product LLC}
 * is spacekit's selection (K2 long-cadence pipeline light curves).
 *
 * @param mission        matches {@code obs_collection} or {@code project}, ignoring case ({@code K2} keeps the
 *                       K2 pipeline rows and the K2 HLSP rows, whose project is K2)
 * @param exptimeSeconds the cadence, {@code t_exptime}, within ±{@link #EXPTIME_TOLERANCE_SECONDS}; sent to MAST
 *                       as a {@code {min, max}} range and checked again here
 * @param productCodes   {@code productSubGroupDescription} codes ({@code LLC}, {@code SLC}, {@code LC}, ...),
 *                       upper-cased; a product matches any of them
 */
public record Selection(Optional<String> mission, OptionalDouble exptimeSeconds, Set<String> productCodes) {
    /** Half-width of the {@code t_exptime} window: MAST wants a range for continuous columns. */
    public static final double EXPTIME_TOLERANCE_SECONDS = 1.0;

    public Selection {
        Objects.requireNonNull(mission, "mission");
        mission = mission.map(String::strip);
        if (mission.isPresent() && mission.get().isEmpty()) {
            throw new IllegalArgumentException("mission name is blank");
        }
        Objects.requireNonNull(exptimeSeconds, "exptimeSeconds");
        if (exptimeSeconds.isPresent() && !(exptimeSeconds.getAsDouble() > 0)) {
            throw new IllegalArgumentException("exposure time must be a positive number of seconds: "
                    + exptimeSeconds.getAsDouble());
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String c : productCodes) {
            String u = c.strip().toUpperCase(Locale.ROOT);
            if (u.isEmpty()) {
                throw new IllegalArgumentException("empty product code");
            }
            codes.add(u);
        }
        productCodes = java.util.Collections.unmodifiableSet(codes);
    }

    /** Everything. */
    public static Selection all() {
        return new Selection(Optional.empty(), OptionalDouble.empty(), Set.of());
    }

    /** spacekit's selection: K2, 1800 s, LLC. */
    public static Selection k2LongCadenceLightCurves() {
        return new Selection(Optional.of("K2"), OptionalDouble.of(1800), Set.of("LLC"));
    }

    /** The criteria MAST can apply itself: the exposure-time range. */
    public List<CaomFilter> serverFilters() {
        List<CaomFilter> f = new ArrayList<>();
        exptimeSeconds.ifPresent(t -> f.add(CaomFilter.between("t_exptime",
                t - EXPTIME_TOLERANCE_SECONDS, t + EXPTIME_TOLERANCE_SECONDS)));
        return f;
    }

    /** Mission and cadence match, and the observation is not a full-frame-image group. */
    public boolean matches(Observation o) {
        if (o.isFullFrameImageGroup()) {
            return false;
        }
        if (mission.isPresent()) {
            String m = mission.get();
            boolean hit = o.obsCollection().equalsIgnoreCase(m) || o.project().map(m::equalsIgnoreCase).orElse(false);
            if (!hit) {
                return false;
            }
        }
        if (exptimeSeconds.isPresent()) {
            double want = exptimeSeconds.getAsDouble();
            return o.exptimeSeconds().isPresent()
                    && Math.abs(o.exptimeSeconds().getAsDouble() - want) <= EXPTIME_TOLERANCE_SECONDS;
        }
        return true;
    }

    /** The product's file-type code is one of the wanted codes (or no codes were given). */
    public boolean matches(DataProduct p) {
        if (productCodes.isEmpty()) {
            return true;
        }
        return p.subGroup().map(s -> productCodes.contains(s.strip().toUpperCase(Locale.ROOT))).orElse(false);
    }
}
