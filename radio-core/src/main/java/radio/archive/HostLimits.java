package radio.archive;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The most requests radio keeps in flight to each host at once. Hosts not listed are not limited here.
 * Immutable. Keys are {@link Request#hostKey(URI)} values, so two base URLs on the same host and port share
 * one limit (the lower one wins).
 */
public record HostLimits(Map<String, Integer> perHost) {
    public HostLimits {
        for (Map.Entry<String, Integer> e : perHost.entrySet()) {
            if (e.getValue() < 1) {
                throw new IllegalArgumentException("limit for " + e.getKey() + " must be at least 1: " + e.getValue());
            }
        }
        perHost = Map.copyOf(perHost);
    }

    public static HostLimits none() {
        return new HostLimits(Map.of());
    }

    /** These limits plus {@code max} requests for the host of {@code base} (keeping a lower existing limit). */
    public HostLimits with(URI base, int max) {
        Map<String, Integer> m = new HashMap<>(perHost);
        m.merge(Request.hostKey(base), max, Math::min);
        return new HostLimits(m);
    }
}
