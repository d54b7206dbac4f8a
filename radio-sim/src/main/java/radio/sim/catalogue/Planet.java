package radio.sim.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * A planet (or planet candidate) of a simulated host: its names and the transit injected into every simulated
 * pipeline light curve of the host. Confirmed planets are served by the TAP tables {@code pscomppars} and
 * {@code ps}; TESS candidates by {@code toi}.
 *
 * @param name           archive default name ({@code pl_name}), e.g. {@code K2-21 b}, {@code WASP-28 b}
 * @param hostName       archive host name ({@code hostname}), e.g. {@code K2-21}, {@code WASP-28}
 * @param letter         planet letter
 * @param missionName    the mission designation: {@code k2names.k2_name} (K2), {@code keplernames.kepler_name}
 *                       (Kepler); empty otherwise
 * @param candidateId    KOI name ({@code K00351.01}) or TOI number ({@code 144.01}) when it has one
 * @param confirmed      whether it is a confirmed planet (listed in {@code pscomppars}/{@code ps})
 * @param periodDays     orbital period, days
 * @param epochBjd       mid-transit time, full BJD (TDB)
 * @param durationHours  total transit duration (first to fourth contact), hours
 * @param depthPercent   transit depth, percent of the stellar flux (the archive's {@code pl_trandep} unit)
 * @param radiusEarth    planet radius, Earth radii (informative)
 * @param discoveryYear  discovery year (informative)
 */
public record Planet(String name, String hostName, char letter, Optional<String> missionName,
                     Optional<String> candidateId, boolean confirmed, double periodDays, double epochBjd,
                     double durationHours, double depthPercent, double radiusEarth, int discoveryYear) {
    public Planet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(missionName, "missionName");
        Objects.requireNonNull(candidateId, "candidateId");
        if (!(periodDays > 0) || !(durationHours > 0) || !(depthPercent > 0)) {
            throw new IllegalArgumentException("planet " + name + ": period, duration and depth must be positive");
        }
    }

    /** Transit duration in days. */
    public double durationDays() {
        return durationHours / 24.0;
    }

    /** Fractional depth (0.001 = 1000 ppm). */
    public double depthFraction() {
        return depthPercent / 100.0;
    }
}
