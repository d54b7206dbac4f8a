package radio.vetting;

import java.util.Objects;
import radio.periodogram.Objective;
import radio.periodsearch.Flattening;
import radio.periodsearch.TransitSearchOptions;

/**
 * How {@link PlanetSearch} searches and judges.
 *
 * @param search     each BLS search: read, flattening, durations, grid, objective (see {@link #DEFAULT});
 *                   several light curves are always stitched, and the transits found are masked by the planet
 *                   search itself. With {@code spectrum} on, each
 *                   candidate keeps its periodogram (for a vetting sheet).
 * @param maxPlanets most candidates to report (default 3)
 * @param minSnr     the search stops when the strongest remaining signal's SNR is below this (default 7)
 * @param rules      how candidates are judged
 */
public record PlanetSearchOptions(TransitSearchOptions search, int maxPlanets, double minSnr, VettingRules rules) {
    /** Transits masked for the next search span this many durations, so their ingress and egress go too. */
    public static final double MASK_DURATIONS = 2;
    /** The default flatten window, days: see {@link #DEFAULT}. */
    public static final double FLATTEN_WINDOW_DAYS = 3;
    /**
     * lightkurve's search (read, grid, durations) with two changes: peaks are ranked by depth SNR, the likelihood
     * ratio of box and flat models with both levels fitted (astropy's log-likelihood objective takes the level out
     * of transit as known, which favours boxes covering most of the period: at short periods those win on noise);
     * the trend is a Savitzky–Golay fit over {@value #FLATTEN_WINDOW_DAYS} days rather than lightkurve's 1 day,
     * which eats into transits of a few hours (a quadratic over one day follows a quarter-day dip part of the way).
     * At most 3 candidates, down to SNR 7.
     */
    public static final PlanetSearchOptions DEFAULT = new PlanetSearchOptions(TransitSearchOptions.DEFAULT
            .withObjective(Objective.SNR).withFlattening(Flattening.windowDays(FLATTEN_WINDOW_DAYS)), 3, 7,
            VettingRules.DEFAULT);

    public PlanetSearchOptions {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(rules, "rules");
        if (maxPlanets < 1) {
            throw new IllegalArgumentException("the maximum number of planets must be at least 1, got " + maxPlanets);
        }
        if (!(minSnr > 0) || Double.isInfinite(minSnr)) {
            throw new IllegalArgumentException("the minimum SNR must be a positive number, got " + minSnr);
        }
        if (!search.maskedTransits().isEmpty()) {
            throw new IllegalArgumentException("the planet search masks the transits it finds; give none");
        }
    }

    public PlanetSearchOptions withSearch(TransitSearchOptions value) {
        return new PlanetSearchOptions(value, maxPlanets, minSnr, rules);
    }

    public PlanetSearchOptions withMaxPlanets(int value) {
        return new PlanetSearchOptions(search, value, minSnr, rules);
    }

    public PlanetSearchOptions withMinSnr(double value) {
        return new PlanetSearchOptions(search, maxPlanets, value, rules);
    }

    public PlanetSearchOptions withRules(VettingRules value) {
        return new PlanetSearchOptions(search, maxPlanets, minSnr, value);
    }
}
