package radio.sim.catalogue;

import java.util.List;
import java.util.Objects;

import radio.sim.content.Signal;

/**
 * One labelled star of the simulated archive: a K2 target whose light curve carries a known astrophysical scene.
 *
 * @param target        the catalogue target ({@code EPIC n}; hosts have one planet)
 * @param kind          what it really is
 * @param periodDays    orbital period of the planet or binary, days; NaN for variables and quiet stars
 * @param epochBjd      mid-transit (primary eclipse) time, full BJD; NaN without one
 * @param durationHours transit or eclipse duration, hours; NaN without one
 * @param depth         depth of the transit or primary eclipse, fraction of the flux; NaN without one
 * @param signals       what is rendered into its light curve (epochs in BKJD)
 */
public record LabelledStar(Target target, StarKind kind, double periodDays, double epochBjd, double durationHours,
                           double depth, List<Signal> signals) {
    public LabelledStar {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        signals = List.copyOf(signals);
    }

    /** 1 for a planet host, 0 otherwise. */
    public int label() {
        return kind == StarKind.PLANET_HOST ? 1 : 0;
    }

    /** The name the light-curve files carry in {@code OBJECT}: {@code EPIC n}. */
    public String designation() {
        return target.designation();
    }
}
