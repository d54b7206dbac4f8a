package radio.sim.server;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When to inject which faults: into the first {@code firstN} requests to the endpoints (cycling through the
 * faults), and/or into a random share {@code rate} of the later ones (a fault chosen at random, from a seeded
 * generator, so a sequential run is reproducible).
 *
 * <p>Rules are evaluated in the order given; the first that fires decides. Endpoints a fault does not apply to
 * (see {@link Fault#appliesTo}) are rejected when the rule is made.
 *
 * @param endpoints  the endpoints the rule watches
 * @param faults     the faults it injects
 * @param firstN     number of leading requests that always get a fault (0: none)
 * @param rate       probability of a fault for each later request (0 to 1)
 */
public record FaultRule(Set<Endpoint> endpoints, List<Fault> faults, int firstN, double rate) {
    public FaultRule {
        endpoints = Set.copyOf(endpoints);
        faults = List.copyOf(faults);
        if (endpoints.isEmpty() || faults.isEmpty()) {
            throw new IllegalArgumentException("a fault rule needs at least one endpoint and one fault");
        }
        if (firstN < 0 || !(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("fault rule: firstN must be >= 0 and rate within [0, 1], got "
                    + firstN + " and " + rate);
        }
        for (Fault f : faults) {
            for (Endpoint e : endpoints) {
                if (!f.appliesTo(e)) {
                    throw new IllegalArgumentException("fault " + f + " does not apply to endpoint " + e);
                }
            }
        }
    }

    /** The first {@code n} requests to any of the endpoints get the fault. */
    public static FaultRule first(int n, Fault fault, Endpoint... endpoints) {
        return new FaultRule(EnumSet.copyOf(List.of(endpoints)), List.of(fault), n, 0);
    }

    /** Each request to the endpoints gets one of the faults with probability {@code rate}. */
    public static FaultRule rate(double rate, List<Fault> faults, Set<Endpoint> endpoints) {
        return new FaultRule(endpoints, faults, 0, rate);
    }

    /** Each request to the endpoint gets the fault with probability {@code rate}. */
    public static FaultRule rate(double rate, Fault fault, Endpoint... endpoints) {
        return new FaultRule(EnumSet.copyOf(List.of(endpoints)), List.of(fault), 0, rate);
    }
}
