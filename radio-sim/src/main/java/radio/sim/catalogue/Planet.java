package radio.sim.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * A planet of a simulated host: its names and the transit injected into every simulated pipeline light curve of
 * the host. The same numbers are served by the TAP tables {@code pscomppars} and {@code ps}.
 *
 * @param name           archive default name ({@code pl_name}), e.g. {@code K2-21 b}, {@code WASP-28 b}
 * @param hostName       archive host name ({@code hostname}), e.g. {@code K2-21}, {@code WASP-28}
 * @param letter         planet letter
 * @param missionName    the K2 designation ({@code k2names.k2_name}) when the planet has one
 * @param periodDays     orbital period, days
 * @param epochBjd       mid-transit time, full BJD (TDB); light-curve time is {@code BJD - 2454833} for K2
 * @param durationHours  total transit duration (first to fourth contact), hours
 * @param depthPercent   transit depth, percent of the stellar flux (the archive's {@code pl_trandep} unit)
 * @param radiusEarth    planet radius, Earth radii (informative)
 * @param discoveryYear  discovery year (informative)
 */
public record Planet(String name, String hostName, char letter, Optional<String> missionName, double periodDays,
                     double epochBjd, double durationHours, double depthPercent, double radiusEarth,
                     int discoveryYear) {
    public Planet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(missionName, "missionName");
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
